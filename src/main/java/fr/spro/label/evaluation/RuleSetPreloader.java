package fr.spro.label.evaluation;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts compiling the rule files (bundled, or {@code --rules-dir}) in the background as soon as
 * the application's configuration is known, so that compiling overlaps the start of everything
 * else; the {@link RuleEngine} then waits for the result and refuses to start if it failed.
 * Registered in {@code META-INF/spring.factories}: it runs before any bean exists.
 */
class RuleSetPreloader implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String rulesDir = event.getEnvironment().getProperty("rules-dir", "");
        Map<String, String> files;
        try {
            files = rulesDir.isBlank() ? RuleFiles.bundled() : RuleFiles.fromDirectory(Path.of(rulesDir));
        } catch (RuntimeException unreadable) {
            return; // the rule engine reads the folder again and reports what is wrong with it
        }
        RuleSetCompiler.preload(files);
    }
}
