package cn.aiigd.pool.supplier;

/** Who is making a move, as the history records it. */
record Actor(ActorType type, String name) {

    static Actor applicant(String openid) {
        return new Actor(ActorType.APPLICANT, openid);
    }

    static Actor staff(String username) {
        return new Actor(ActorType.STAFF, username);
    }
}
