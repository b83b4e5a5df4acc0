package cn.aiigd.pool.supplier;

/** Who makes a move: the applicant (a follower bound to the supplier) or staff. */
public enum ActorType {
    APPLICANT, STAFF
}
