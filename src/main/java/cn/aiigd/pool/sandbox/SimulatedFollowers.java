package cn.aiigd.pool.sandbox;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.redis.RedisKeys;
import cn.aiigd.pool.supplier.SupplierRegistrations;
import cn.aiigd.pool.supplier.SupplierView;
import cn.aiigd.pool.wechat.conversation.Followers;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The people the sandbox plays. A simulated follower exists once the account's portal has handled
 * their {@code subscribe} (the service's own record, {@code wx_follower}); the sandbox only adds a
 * display name. Their openids share a prefix, so they are never mistaken for anyone else's.
 */
@Component
@SandboxOnly
public class SimulatedFollowers {

    /** Every simulated follower's openid starts so (28 characters in all, like WeChat's). */
    public static final String OPENID_PREFIX = "oSandbox";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Followers followers;
    private final SupplierRegistrations suppliers;
    private final SandboxPortalClient portal;
    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    SimulatedFollowers(Followers followers, SupplierRegistrations suppliers, SandboxPortalClient portal, StringRedisTemplate redis,
                       RedisKeys keys) {
        this.followers = followers;
        this.suppliers = suppliers;
        this.portal = portal;
        this.redis = redis;
        this.keys = keys;
    }

    /**
     * A simulated follower: who, whether they still follow, the companies they act for, and those
     * companies' contact mobiles and e-mails (where their SMS and mail arrive).
     */
    public record SimulatedFollower(String openid, String nickname, boolean subscribed, List<String> companies, List<String> contacts) {
    }

    /** A new follower and what the account answered their subscribe with. */
    public record Created(SimulatedFollower follower, SandboxPortalClient.Exchange welcome) {
    }

    public List<SimulatedFollower> all() {
        return followers.withOpenidPrefix(OPENID_PREFIX).stream().map(f -> describe(f.openid(), nickname(f.openid()), f.subscribed())).toList();
    }

    public SimulatedFollower require(String openid) {
        return all().stream().filter(f -> f.openid().equals(openid)).findFirst()
                .orElseThrow(() -> ApiException.notFound("没有这位模拟关注者：" + openid));
    }

    Created create(String nickname) {
        return follow(newOpenid(), nickname);
    }

    /** Names the follower and has them follow the account: a signed subscribe event through the real portal. */
    public Created follow(String openid, String nickname) {
        String name = nickname == null ? "" : nickname.strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > 20) {
            throw ApiException.invalid("nickname", "请填写模拟关注者的称呼（1–20 字）");
        }
        redis.opsForHash().put(namesKey(), openid, name);
        SandboxPortalClient.Exchange welcome = portal.send(WeChatInbound.event(openid, "subscribe", null));
        return new Created(describe(openid, name, true), welcome);
    }

    /** Forgets every display name (reset: the followers themselves are removed with the demo data). */
    public void forgetNames() {
        redis.delete(namesKey());
    }

    Set<String> contactsOf(String openid) {
        return contacts(suppliers.mine(openid));
    }

    private SimulatedFollower describe(String openid, String nickname, boolean subscribed) {
        List<SupplierView> mine = suppliers.mine(openid);
        List<String> companies = mine.stream().map(s -> s.companyName() == null ? "未命名企业" : s.companyName()).toList();
        return new SimulatedFollower(openid, nickname, subscribed, companies, List.copyOf(contacts(mine)));
    }

    private static Set<String> contacts(List<SupplierView> mine) {
        Set<String> contacts = new LinkedHashSet<>();
        for (SupplierView s : mine) {
            if (s.contactMobile() != null) {
                contacts.add(s.contactMobile());
            }
            if (s.contactEmail() != null) {
                contacts.add(s.contactEmail());
            }
        }
        return contacts;
    }

    private String nickname(String openid) {
        Object name = redis.opsForHash().get(namesKey(), openid);
        return name == null ? "关注者 " + openid.substring(Math.max(0, openid.length() - 4)) : name.toString();
    }

    private String namesKey() {
        return keys.key("sandbox", "follower-names");
    }

    private static String newOpenid() {
        StringBuilder sb = new StringBuilder(OPENID_PREFIX);
        while (sb.length() < 28) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
