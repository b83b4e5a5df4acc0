package cn.aiigd.pool.staff;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.error.FieldProblem;
import cn.aiigd.pool.common.validation.ContactRules;
import cn.aiigd.pool.dictionary.Dictionaries;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: who they are, what role, which city; passwords stored as hashes only. */
@Service
public class StaffAccounts implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final StaffAccountMapper mapper;
    private final PasswordEncoder passwords;
    private final Dictionaries dictionaries;
    private final Clock clock;
    private final cn.aiigd.pool.staff.signin.LoginAttempts attempts;

    StaffAccounts(StaffAccountMapper mapper, PasswordEncoder passwords, Dictionaries dictionaries, Clock clock,
                  cn.aiigd.pool.staff.signin.LoginAttempts attempts) {
        this.attempts = attempts;
        this.mapper = mapper;
        this.passwords = passwords;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    /** What an admin sends to create an account. */
    public record NewStaff(String username, String displayName, StaffRole role, String cityCode, String password, String email,
                           String mobile) {
        public NewStaff(String username, String displayName, StaffRole role, String cityCode, String password) {
            this(username, displayName, role, cityCode, password, null, null);
        }
    }

    /** Where a person's review-deadline reminders go; either may be empty. */
    public record Contact(String email, String mobile) {
    }

    /** A reviewer to remind of deadlines in their scope. */
    public record ReviewerContact(long id, String displayName, String email, String mobile) {
    }

    /** An account as shown to admins; never the hash. */
    public record StaffView(long id, String username, String displayName, StaffRole role, String cityCode,
                            boolean enabled, LocalDateTime createdAt, String email, String mobile) {
        static StaffView of(StaffAccount a) {
            return new StaffView(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.getCityCode(),
                    a.isEnabled(), a.getCreatedAt(), a.getEmail(), a.getMobile());
        }
    }

    @Override
    public StaffPrincipal loadUserByUsername(String username) {
        StaffAccount a = mapper.selectOne(new LambdaQueryWrapper<StaffAccount>().eq(StaffAccount::getUsername, username));
        if (a == null) {
            throw new UsernameNotFoundException("no such staff account");
        }
        return new StaffPrincipal(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.getCityCode(),
                a.getPasswordHash(), a.isEnabled(), attempts.isLocked(username));
    }

    @Transactional
    public StaffView create(NewStaff n) {
        List<FieldProblem> problems = new ArrayList<>();
        if (n.username() == null || !n.username().matches("^[A-Za-z0-9._-]{3,64}$")) {
            problems.add(new FieldProblem("username", "用户名应为 3–64 位字母、数字、点、下划线或连字符"));
        }
        if (n.displayName() == null || n.displayName().isBlank() || n.displayName().length() > 64) {
            problems.add(new FieldProblem("displayName", "请填写姓名（不超过 64 字）"));
        }
        if (n.role() == null) {
            problems.add(new FieldProblem("role", "请选择角色"));
        } else if (n.role() == StaffRole.CITY_REVIEWER) {
            if (n.cityCode() == null || dictionaries.city(n.cityCode()).isEmpty()) {
                problems.add(new FieldProblem("cityCode", "地市审核员须绑定一个广东省地级以上市"));
            }
        } else if (n.cityCode() != null) {
            problems.add(new FieldProblem("cityCode", "只有地市审核员绑定地市"));
        }
        if (n.password() == null || n.password().length() < MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "密码至少 " + MIN_PASSWORD_LENGTH + " 位"));
        } else if (n.password().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            // BCrypt reads at most 72 bytes; a longer password would be silently cut or refused.
            problems.add(new FieldProblem("password", "密码不超过 72 字节（约 24 个汉字或 72 个字母数字）"));
        }
        checkContact(new Contact(n.email(), n.mobile()), problems);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (exists(n.username())) {
            throw ApiException.conflict("username", "用户名已被使用");
        }
        StaffAccount a = new StaffAccount();
        a.setUsername(n.username());
        a.setDisplayName(n.displayName().trim());
        a.setRole(n.role());
        a.setCityCode(n.role() == StaffRole.CITY_REVIEWER ? n.cityCode() : null);
        a.setPasswordHash(passwords.encode(n.password()));
        a.setEnabled(true);
        a.setEmail(blankToNull(n.email()));
        a.setMobile(n.mobile() == null || n.mobile().isBlank() ? null : ContactRules.normalizeMobile(n.mobile().trim()));
        a.setCreatedAt(LocalDateTime.now(clock));
        mapper.insert(a);
        return StaffView.of(a);
    }

    /** Sets (or, with blanks, clears) where an account's deadline reminders go. */
    @Transactional
    public StaffView setContact(long id, Contact c) {
        List<FieldProblem> problems = new ArrayList<>();
        checkContact(c, problems);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        StaffAccount a = mapper.selectById(id);
        if (a == null) {
            throw ApiException.notFound("工作人员账号不存在");
        }
        a.setEmail(blankToNull(c.email()));
        a.setMobile(c.mobile() == null || c.mobile().isBlank() ? null : ContactRules.normalizeMobile(c.mobile().trim()));
        mapper.updateById(a);
        return StaffView.of(a);
    }

    /**
     * Who decides applications waiting in a review scope: the enabled reviewers of that city, or for
     * ALLIANCE the alliance's reviewers (its admins when it has none), as {@link StaffPrincipal#canDecide} has it.
     */
    public List<ReviewerContact> reviewersFor(String scope) {
        LambdaQueryWrapper<StaffAccount> q = new LambdaQueryWrapper<StaffAccount>().eq(StaffAccount::isEnabled, true);
        List<StaffAccount> found;
        if (StaffPrincipal.ALLIANCE_SCOPE.equals(scope)) {
            found = mapper.selectList(q.eq(StaffAccount::getRole, StaffRole.ALLIANCE_REVIEWER).orderByAsc(StaffAccount::getId));
            if (found.isEmpty()) {
                found = mapper.selectList(new LambdaQueryWrapper<StaffAccount>().eq(StaffAccount::isEnabled, true)
                        .eq(StaffAccount::getRole, StaffRole.ADMIN).orderByAsc(StaffAccount::getId));
            }
        } else {
            found = mapper.selectList(q.eq(StaffAccount::getRole, StaffRole.CITY_REVIEWER).eq(StaffAccount::getCityCode, scope)
                    .orderByAsc(StaffAccount::getId));
        }
        return found.stream().map(a -> new ReviewerContact(a.getId(), a.getDisplayName(), a.getEmail(), a.getMobile())).toList();
    }

    private static void checkContact(Contact c, List<FieldProblem> problems) {
        if (c.email() != null && !c.email().isBlank() && !ContactRules.isEmail(c.email().trim())) {
            problems.add(new FieldProblem("email", "邮箱格式不正确"));
        }
        if (c.mobile() != null && !c.mobile().isBlank() && !ContactRules.isMobile(c.mobile().trim())) {
            problems.add(new FieldProblem("mobile", "手机号应为 11 位中国大陆手机号"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public List<StaffView> list() {
        return mapper.selectList(new LambdaQueryWrapper<StaffAccount>().orderByAsc(StaffAccount::getId))
                .stream().map(StaffView::of).toList();
    }

    @Transactional
    public StaffView setEnabled(long id, boolean enabled) {
        StaffAccount a = mapper.selectOne(new LambdaQueryWrapper<StaffAccount>().eq(StaffAccount::getId, id).last("FOR UPDATE"));
        if (a == null) {
            throw ApiException.notFound("工作人员账号不存在");
        }
        if (!enabled && a.getRole() == StaffRole.ADMIN && a.isEnabled() && enabledAdmins() <= 1) {
            throw ApiException.conflict("不能停用唯一可用的管理员账号，请先新建另一个管理员");
        }
        a.setEnabled(enabled);
        mapper.updateById(a);
        return StaffView.of(a);
    }

    boolean exists(String username) {
        return mapper.exists(new LambdaQueryWrapper<StaffAccount>().eq(StaffAccount::getUsername, username));
    }

    boolean anyAdmin() {
        return mapper.exists(new LambdaQueryWrapper<StaffAccount>().eq(StaffAccount::getRole, StaffRole.ADMIN));
    }

    /** A locking read: two admins disabling each other at once cannot both see the other still enabled. */
    private long enabledAdmins() {
        return mapper.selectList(new LambdaQueryWrapper<StaffAccount>()
                .eq(StaffAccount::getRole, StaffRole.ADMIN).eq(StaffAccount::isEnabled, true).last("FOR UPDATE")).size();
    }
}
