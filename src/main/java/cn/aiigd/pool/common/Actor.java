package cn.aiigd.pool.common;

/** Who is making a move, as a history records it: an openid for applicants, a username for staff. */
public record Actor(ActorType type, String name) {

    public static Actor applicant(String openid) {
        return new Actor(ActorType.APPLICANT, openid);
    }

    public static Actor staff(String username) {
        return new Actor(ActorType.STAFF, username);
    }
}
