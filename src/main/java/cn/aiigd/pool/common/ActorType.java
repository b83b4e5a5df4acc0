package cn.aiigd.pool.common;

/** Who makes a move: the applicant (a follower bound to the record) or staff. */
public enum ActorType {
    APPLICANT, STAFF
}
