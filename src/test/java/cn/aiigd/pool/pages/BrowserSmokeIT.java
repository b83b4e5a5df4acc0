package cn.aiigd.pool.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.support.Browser;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The browser itself works here: Chromium renders one of our Chinese pages and a screenshot is kept. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserSmokeIT {

    @LocalServerPort
    int port;

    @Test
    void aForeignReturnAddressShowsItsChineseErrorPage() throws Exception {
        try (Browser b = Browser.phone(port)) {
            b.go("/wx/oauth/authorize?returnTo=https%3A%2F%2Fevil.example.com%2F");
            assertThat(b.visible(By.tagName("body")).getText()).contains("链接无效").contains("请从公众号菜单重新进入");
            assertThat(Files.size(b.screenshot("oauth-foreign-return"))).isPositive();
        }
    }
}
