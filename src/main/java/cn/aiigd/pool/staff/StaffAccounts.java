package cn.aiigd.pool.staff;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.error.FieldProblem;
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

    StaffAccounts(StaffAccountMapper mapper, PasswordEncoder passwords, Dictionaries dictionaries, Clock clock) {
        this.mapper = mapper;
        this.passwords = passwords;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    /** What an admin sends to create an account. */
    public record NewStaff(String username, String displayName, StaffRole role, String cityCode, String password) {
    }

    /** An account as shown to admins; never the hash. */
    public record StaffView(long id, String username, String displayName, StaffRole role, String cityCode,
                            boolean enabled, LocalDateTime createdAt) {
        static StaffView of(StaffAccount a) {
            return new StaffView(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.getCityCode(),
                    a.isEnabled(), a.getCreatedAt());
        }
    }

    @Override
    public StaffPrincipal loadUserByUsername(String username) {
        StaffAccount a = mapper.selectOne(new LambdaQueryWrapper<StaffAccount>().eq(StaffAccount::getUsername, username));
        if (a == null) {
            throw new UsernameNotFoundException("no such staff account");
        }
        return new StaffPrincipal(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.getCityCode(),
                a.getPasswordHash(), a.isEnabled());
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
        a.setCreatedAt(LocalDateTime.now(clock));
        mapper.insert(a);
        return StaffView.of(a);
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
