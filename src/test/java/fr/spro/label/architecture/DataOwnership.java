package fr.spro.label.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.repository.Repository;

/**
 * One owner per collection, as a rule: a class that talks to the store directly (a
 * {@code MongoTemplate}) touches only the documents of its own module, and a module's repositories
 * are used by that module alone. Other modules read through the owner's exported queries and
 * write through its named operations.
 */
final class DataOwnership {

    private DataOwnership() {
    }

    /** The rule for the modules below {@code base} (the application's base package and a dot). */
    static ArchRule storeAccessStaysInTheOwningModule(String base) {
        return classes().should(touchOnlyTheirModulesDocuments(base))
                .as("a module reaches the store only for its own documents (one owner per collection)");
    }

    /** The module of a class: the first package below the base package. */
    static String module(JavaClass type, String base) {
        String name = type.getPackageName();
        if (!name.startsWith(base)) {
            return "";
        }
        String rest = name.substring(base.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isDocument(JavaClass type) {
        return type.isAnnotatedWith(Document.class);
    }

    private static boolean isOwnedRepository(JavaClass type) {
        return type.isInterface() && type.isAssignableTo(Repository.class);
    }

    private static ArchCondition<JavaClass> touchOnlyTheirModulesDocuments(String base) {
        return new ArchCondition<>("touch only their own module's documents and repositories") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = module(item, base);
                if (own.isEmpty()) {
                    return;
                }
                boolean usesStore = item.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().isAssignableTo(MongoOperations.class));
                Set<String> foreign = new TreeSet<>();
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String owner = module(target, base);
                    if (owner.isEmpty() || owner.equals(own)) {
                        continue;
                    }
                    if (isOwnedRepository(target)) {
                        foreign.add(target.getSimpleName() + " (dépôt du module " + owner + ")");
                    } else if (usesStore && isDocument(target)) {
                        foreign.add(target.getSimpleName() + " (document du module " + owner + ")");
                    }
                }
                if (!foreign.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " (module " + own + ") accède à " + foreign));
                }
            }
        };
    }
}
