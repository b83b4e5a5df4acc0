package cn.aiigd.pool.wechat.menu;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * At start-up: a menu that WeChat would refuse stops the service (a broken menu is found at deploy
 * time, not when someone taps it). With {@code --pool.wechat.publish-menus-and-exit=true} the jar
 * publishes the menus, prints WeChat's answer and exits (status 0 only if all were published).
 */
@Component
class MenuStartupCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MenuStartupCheck.class);

    private final MenuCatalog catalog;
    private final MenuValidator validator;
    private final MenuPublisher publisher;
    private final ConfigurableApplicationContext context;
    private final boolean publishAndExit;

    MenuStartupCheck(MenuCatalog catalog, MenuValidator validator, MenuPublisher publisher, ConfigurableApplicationContext context,
                     @Value("${pool.wechat.publish-menus-and-exit:false}") boolean publishAndExit) {
        this.catalog = catalog;
        this.validator = validator;
        this.publisher = publisher;
        this.context = context;
        this.publishAndExit = publishAndExit;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (MenuCatalog.Menu m : catalog.all()) {
            List<String> problems = validator.problems(m.json()).stream()
                    .filter(p -> !(m.conditional() && p.contains("tag_id"))).toList();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("menus/" + m.name() + ".json is invalid: " + String.join("; ", problems));
            }
        }
        if (publishAndExit) {
            List<MenuPublisher.Outcome> outcomes = publisher.publishAll();
            outcomes.forEach(o -> System.out.println("menu " + o.menu() + ": " + o.message()));
            int code = outcomes.stream().allMatch(o -> o.published() || o.skipped()) ? 0 : 1;
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }
}
