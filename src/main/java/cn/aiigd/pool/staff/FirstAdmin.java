package cn.aiigd.pool.staff;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import cn.aiigd.pool.common.config.StaffSignInHint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Makes sure somebody can sign in to a new installation. The first admin's password comes from
 * {@code pool.admin.password} (an environment variable in production); on the embedded default
 * (profile {@code local}) a random one is generated and printed once to the console, never to the
 * log, and never stored anywhere but as a hash.
 */
@Component
class FirstAdmin implements ApplicationRunner, StaffSignInHint {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final StaffAccounts accounts;
    private final Environment env;
    private final String username;
    private final String password;
    private String generatedPassword;

    FirstAdmin(StaffAccounts accounts, Environment env,
               @Value("${pool.admin.username:admin}") String username,
               @Value("${pool.admin.password:}") String password) {
        this.accounts = accounts;
        this.env = env;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        String pw = password;
        if (pw.isBlank()) {
            if (!env.acceptsProfiles(Profiles.of("local"))) {
                log.warn("No admin account exists and pool.admin.password (POOL_ADMIN_PASSWORD) is not set: "
                        + "nobody can sign in to the staff API until it is.");
                return;
            }
            pw = randomPassword();
            generatedPassword = pw;
        }
        accounts.create(new StaffAccounts.NewStaff(username, "系统管理员", StaffRole.ADMIN, null, pw));
        log.info("Created the first admin account '{}'.", username);
    }

    @Override
    public String describe() {
        if (generatedPassword != null) {
            return "用户名 " + username + "，初始密码 " + generatedPassword + "（仅显示这一次，请妥善保存）";
        }
        return "用户名 " + username + "，密码为首次启动时显示的初始密码或 POOL_ADMIN_PASSWORD 所设";
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
