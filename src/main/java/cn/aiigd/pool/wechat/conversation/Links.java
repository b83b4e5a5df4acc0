package cn.aiigd.pool.wechat.conversation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links into the H5 pages, always through WeChat sign-in so the page knows who is asking. */
@Component
public class Links {

    private final String base;

    Links(@Value("${pool.public-base-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String oauth(String path) {
        return base + "/wx/oauth/authorize?returnTo=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String base() {
        return base;
    }
}
