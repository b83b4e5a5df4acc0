package cn.aiigd.pool.common.config;

/** How to sign in as staff, for the start-up banner; the staff feature provides it. */
public interface StaffSignInHint {

    String describe();
}
