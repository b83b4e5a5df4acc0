package cn.aiigd.pool.staff.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff console is one HTML shell whose script routes by the address (History API). A bookmark
 * such as {@code /console/suppliers/12}, or a reload after navigating, must get the shell too: every
 * {@code /console} path without a file extension is forwarded to it. Paths with an extension are
 * assets and stay with the resource handler (404 when missing).
 */
@Hidden
@Controller
class ConsolePageController {

    static final String SHELL = "/console/index.html";

    @GetMapping({"/console", "/console/", "/console/{a:[^.]+}", "/console/{a:[^.]+}/{b:[^.]+}",
            "/console/{a:[^.]+}/{b:[^.]+}/{c:[^.]+}", "/console/{a:[^.]+}/{b:[^.]+}/{c:[^.]+}/{d:[^.]+}"})
    String page() {
        return "forward:" + SHELL;
    }
}
