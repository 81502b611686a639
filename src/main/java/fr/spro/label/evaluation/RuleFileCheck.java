package fr.spro.label.evaluation;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.spro.label.evaluation.RuleSetException.Problem;
import fr.spro.label.evaluation.facts.Case;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * The allow-list every rule file passes before Drools compiles it, whatever its source (an upload,
 * {@code check-rules}, {@code --rules-dir}, a rule set stored in the database). Drools has no
 * sandbox: a rule that compiles runs with the application's rights. So a rule file may only import
 * the fact types, enumerations, factories and wording functions of {@link RuleVocabulary}, match
 * patterns on facts with constraints of {@link RuleExpressions}, gather with {@code collect} or the
 * built-in accumulate functions, and conclude by inserting what a provided factory builds. What
 * this check read is what Drools compiles: the parsed description itself, never the text again.
 */
final class RuleFileCheck {

    /** Largest rule file read: the referential's biggest is under 20 kB. */
    static final int MAX_FILE_CHARACTERS = 256 * 1024;
    /** Patterns in one rule: a cross product of many patterns is a denial of service, not a rule. */
    static final int MAX_PATTERNS_PER_RULE = 5;
    /** Patterns of one fact type in one rule: two verdicts of a case are the most a rule compares. */
    static final int MAX_PATTERNS_PER_TYPE = 2;
    /** Bracket depth: the deepest expression of the referential nests four. */
    static final int MAX_NESTING = 40;
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("salience", "no-loop");
    private static final Pattern PACKAGE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\+u");

    /** A checked file: its parsed description (compiled as it is) and the parameters it names. */
    record Checked(String file, PackageDescr description, Set<String> parametersUsed) {
    }

    private final String file;
    private final String text;
    private final Set<String> parameterNames;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> parametersUsed = new LinkedHashSet<>();
    private final Map<String, Class<?>> classes = new HashMap<>();
    private final Map<String, Method> functions = new HashMap<>();
    private boolean globalDeclared;

    private RuleFileCheck(String file, String text, Set<String> parameterNames) {
        this.file = file;
        this.text = text;
        this.parameterNames = parameterNames;
    }

    /**
     * Parses and checks one rule file.
     *
     * @param parameterNames the names of {@code parameters.csv}, the only ones the file may read
     * @throws RuleSetException with every refusal, each naming the file, the line and the construct
     */
    static Checked check(String file, String text, Set<String> parameterNames) {
        return new RuleFileCheck(file, text, parameterNames).run();
    }

    private Checked run() {
        if (text.length() > MAX_FILE_CHARACTERS) {
            throw new RuleSetException(file, 0, "fichier de " + text.length() + " caractères : " + MAX_FILE_CHARACTERS + " au plus");
        }
        Matcher escape = UNICODE_ESCAPE.matcher(text);
        if (escape.find()) {
            throw new RuleSetException(file, lineAt(escape.start()), "construction refusée : échappement Unicode « \\u » "
                    + "(il transformerait un commentaire ou un texte en code) ; écrivez le caractère lui-même");
        }
        refuseDeepNesting();
        PackageDescr description = parse();
        checkPackage(description);
        for (RuleDescr rule : description.getRules()) {
            checkRule(rule);
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new Checked(file, description, Set.copyOf(parametersUsed));
    }

    /**
     * Brackets nested deeper than any rule needs are refused before Drools' parser sees them: its
     * recursion overflows the stack on a few hundred, a denial of service in under a kilobyte.
     */
    private void refuseDeepNesting() {
        int depth = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '"') {
                i = endOfString(i);
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = (end < 0 ? text.length() : end) - 1;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? text.length() : end + 1;
                line += (int) text.substring(i, stop).chars().filter(ch -> ch == '\n').count();
                i = stop;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    throw new RuleSetException(file, line, "construction refusée : parenthèses imbriquées sur plus de "
                            + MAX_NESTING + " niveaux (expression trop imbriquée)");
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    /** The index of the quote that closes the string opened at {@code start} (or the end of the line). */
    private int endOfString(int start) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' || c == '\n') {
                return c == '\n' ? i - 1 : i;
            }
        }
        return text.length();
    }

    private PackageDescr parse() {
        DrlParser parser = new DrlParser();
        PackageDescr description;
        try {
            description = parser.parse(false, text);
        } catch (DroolsParserException | RuntimeException unreadable) {
            throw new RuleSetException(file, 0, "fichier illisible par l'analyseur de règles : " + unreadable.getMessage());
        } catch (StackOverflowError tooDeep) {
            // Bounded above, but the parser is not ours: whatever else exhausts its recursion is refused, not fatal.
            throw new RuleSetException(file, 0, "construction refusée : fichier trop imbriqué pour l'analyseur de règles");
        }
        if (parser.hasErrors() || description == null) {
            List<Problem> syntax = new ArrayList<>();
            for (DroolsError error : parser.getErrors()) {
                syntax.add(new Problem(file, firstLine(error), "erreur de syntaxe : " + error.getMessage().strip()));
            }
            if (syntax.isEmpty()) {
                syntax.add(new Problem(file, 0, "erreur de syntaxe"));
            }
            throw new RuleSetException(syntax);
        }
        return description;
    }

    private static int firstLine(KnowledgeBuilderResult error) {
        int[] lines = error.getLines();
        for (int line : lines == null ? new int[0] : lines) {
            if (line > 0) {
                return line;
            }
        }
        return 0;
    }

    private void checkPackage(PackageDescr description) {
        if (description.getName() == null || !PACKAGE_NAME.matcher(description.getName()).matches()) {
            refuse(description, "nom de paquetage « " + description.getName() + " » refusé : un seul mot en minuscules (ex. referential)");
        }
        description.getAttributes().forEach(attribute -> refuse(attribute, "attribut de fichier « " + attribute.getName() + " » refusé"
                + ("dialect".equals(attribute.getName()) ? " (dialect \"mvel\" et autres dialectes)" : "")));
        for (ImportDescr imported : description.getImports()) {
            String target = imported.getTarget();
            Optional<Class<?>> type = target.endsWith(".*") ? Optional.empty() : RuleVocabulary.importable(target);
            if (type.isEmpty()) {
                refuse(imported, "import « " + target + " » refusé : seuls les types de faits, les énumérations du référentiel "
                        + "et les fabriques de verdicts s'importent");
            } else {
                classes.put(type.get().getSimpleName(), type.get());
            }
        }
        for (FunctionImportDescr imported : description.getFunctionImports()) {
            importFunction(imported);
        }
        for (GlobalDescr global : description.getGlobals()) {
            boolean provided = RuleVocabulary.GLOBAL_NAME.equals(global.getIdentifier())
                    && (RuleVocabulary.GLOBAL_TYPE.getName().equals(global.getType())
                    || RuleVocabulary.GLOBAL_TYPE.getSimpleName().equals(global.getType()));
            if (provided) {
                globalDeclared = true;
            } else {
                refuse(global, "global « " + global.getType() + " " + global.getIdentifier() + " » refusée : seule « global "
                        + RuleVocabulary.GLOBAL_TYPE.getName() + " " + RuleVocabulary.GLOBAL_NAME + "; » est fournie");
            }
        }
        description.getFunctions().forEach(function -> refuse(function, "bloc « function " + function.getName()
                + " » refusé : une règle n'exécute pas de code ; utilisez les fonctions fournies (Wording, Figures)"));
        description.getTypeDeclarations().forEach(type -> refuse(type, "déclaration de type « declare " + type.getTypeName() + " » refusée"));
        description.getEnumDeclarations().forEach(type -> refuse(type, "déclaration d'énumération « " + type.getTypeName() + " » refusée"));
        description.getEntryPointDeclarations().forEach(entry -> refuse(entry, "déclaration de point d'entrée refusée"));
        description.getWindowDeclarations().forEach(window -> refuse(window, "fenêtre « " + window.getName() + " » refusée"));
        description.getAccumulateImports().forEach(imported -> refuse(imported, "import d'une fonction d'accumulation refusé"));
        if (description.getUnit() != null) {
            refuse(description, "« unit » refusé");
        }
    }

    private void importFunction(FunctionImportDescr imported) {
        String target = imported.getTarget();
        int dot = target.lastIndexOf('.');
        String owner = dot < 0 ? "" : target.substring(0, dot);
        String name = target.substring(dot + 1);
        Optional<Method> function = RuleVocabulary.isFunctionClass(owner)
                ? RuleVocabulary.load(owner).flatMap(type -> RuleVocabulary.staticMethod(type, name)) : Optional.empty();
        if (function.isEmpty()) {
            refuse(imported, "import function « " + target + " » refusé : seules les fonctions de Wording et Figures s'importent");
        } else {
            functions.put(name, function.get());
        }
    }

    private void checkRule(RuleDescr rule) {
        String name = rule.getName();
        if (rule.isQuery()) {
            refuse(rule, "requête « query " + name + " » refusée");
            return;
        }
        if (rule.getParentName() != null) {
            refuse(rule, "règle « " + name + " » : « extends » refusé");
        }
        if (!rule.getAnnotations().isEmpty()) {
            refuse(rule, "règle « " + name + " » : annotation « @" + rule.getAnnotationNames().iterator().next() + " » refusée");
        }
        if (rule.getNamedConsequences() != null && !rule.getNamedConsequences().isEmpty()) {
            refuse(rule, "règle « " + name + " » : conséquences nommées refusées");
        }
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            checkAttribute(rule, attribute);
        }
        Map<String, Class<?>> bindings = new LinkedHashMap<>();
        Shape patterns = new Shape();
        try {
            checkElement(rule.getLhs(), bindings, patterns);
            if (patterns.count > MAX_PATTERNS_PER_RULE) {
                throw new RuleExpressions.Refused(patterns.count + " motifs dans une règle : " + MAX_PATTERNS_PER_RULE + " au plus");
            }
        } catch (ElementRefused refused) {
            problems.add(new Problem(file, refused.line > 0 ? refused.line : rule.getLine(),
                    "construction refusée : règle « " + name + " », condition : " + refused.getMessage()));
            return;
        } catch (RuleExpressions.Refused refused) {
            problems.add(new Problem(file, rule.getLine(), "construction refusée : règle « " + name + " », condition : " + refused.getMessage()));
            return;
        }
        Object consequence = rule.getConsequence();
        try {
            RuleExpressions.consequence(consequence == null ? "" : consequence.toString(), scope(null, bindings));
        } catch (RuleExpressions.Refused refused) {
            problems.add(new Problem(file, rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : rule.getLine(),
                    "construction refusée : règle « " + name + " », conséquence : " + refused.getMessage()));
        }
    }

    private void checkAttribute(RuleDescr rule, AttributeDescr attribute) {
        String attributeName = attribute.getName();
        if (!ALLOWED_ATTRIBUTES.contains(attributeName)) {
            refuse(attribute, "règle « " + rule.getName() + " » : attribut « " + attributeName + " » refusé"
                    + ("dialect".equals(attributeName) ? " (dialect \"mvel\" exécute du code)" : ""));
        } else if (attributeName.equals("salience") && !attribute.getValue().strip().matches("-?\\d{1,6}")) {
            refuse(attribute, "règle « " + rule.getName() + " » : salience calculée refusée, un nombre entier seulement");
        } else if (attributeName.equals("no-loop") && !attribute.getValue().strip().matches("true|false|")) {
            refuse(attribute, "règle « " + rule.getName() + " » : no-loop vaut true ou false");
        }
    }

    /** A refusal inside a condition, with the line of the element refused. */
    private static final class ElementRefused extends RuntimeException {
        private final int line;

        ElementRefused(BaseDescr where, String message) {
            super(message);
            this.line = where == null ? 0 : where.getLine();
        }
    }

    /**
     * How many patterns a rule holds, of which types: bounded so that no rule can make the engine
     * join facts without end (a cross product of verdicts is billions of joins that no firing
     * limit sees, since they happen before any firing).
     */
    private static final class Shape {
        int count;
        final Map<Class<?>, Integer> perType = new HashMap<>();

        void add(PatternDescr pattern, Class<?> type) {
            count++;
            if (type != null && perType.merge(type, 1, Integer::sum) > (type == Case.class ? 1 : MAX_PATTERNS_PER_TYPE)) {
                throw new ElementRefused(pattern, "trop de motifs « " + type.getSimpleName() + " » dans une règle ("
                        + (type == Case.class ? "un seul" : MAX_PATTERNS_PER_TYPE + " au plus") + ")");
            }
        }
    }

    private void checkElement(BaseDescr element, Map<String, Class<?>> bindings, Shape patterns) {
        if (element instanceof PatternDescr pattern) {
            checkPattern(pattern, bindings, patterns);
        } else if (element instanceof AndDescr || element instanceof OrDescr || element instanceof NotDescr
                || element instanceof ExistsDescr) {
            if (!((ConditionalElementDescr) element).getDescrs().isEmpty() || element instanceof AndDescr) {
                for (BaseDescr child : ((ConditionalElementDescr) element).getDescrs()) {
                    checkElement(child, bindings, patterns);
                }
            }
        } else if (element instanceof EvalDescr) {
            throw new ElementRefused(element, "« eval » refusé : écrivez la condition comme contrainte d'un motif");
        } else if (element instanceof ForallDescr) {
            throw new ElementRefused(element, "« forall » refusé");
        } else {
            throw new ElementRefused(element, "élément de condition « " + element.getClass().getSimpleName().replace("Descr", "")
                    + " » refusé");
        }
    }

    private void checkPattern(PatternDescr pattern, Map<String, Class<?>> bindings, Shape patterns) {
        if (pattern.isQuery()) {
            throw new ElementRefused(pattern, "appel de requête refusé");
        }
        if (pattern.getBehaviors() != null && !pattern.getBehaviors().isEmpty()) {
            throw new ElementRefused(pattern, "fenêtre « over » refusée");
        }
        if (!pattern.getAnnotations().isEmpty()) {
            throw new ElementRefused(pattern, "annotation de motif refusée");
        }
        PatternSourceDescr source = pattern.getSource();
        Class<?> type;
        if (source == null) {
            type = factType(pattern);
            patterns.add(pattern, type);
        } else {
            patterns.add(pattern, null);
            type = checkSource(pattern, source, bindings, patterns);
        }
        Map<String, Class<?>> inner = new LinkedHashMap<>(bindings);
        for (BaseDescr constraint : pattern.getDescrs()) {
            checkConstraint(constraint, type, inner);
        }
        if (source == null) {
            requireTiedToTheCase(pattern, type, bindings, inner);
        }
        bindings.putAll(inner);
        if (pattern.getIdentifier() != null) {
            bindings.put(pattern.getIdentifier(), RuleVocabulary.isFact(type) ? type : null);
        }
    }

    private static final Pattern SUBJECT_BINDING = Pattern.compile("^\\$[A-Za-z_][A-Za-z0-9_]*\\s*:\\s*subject$");
    private static final Pattern SUBJECT_JOIN = Pattern.compile("^subject\\s*==\\s*(\\$[A-Za-z_][A-Za-z0-9_]*)$");

    /**
     * A conclusion (a verdict, a tally, a proposal...) is about one case: a pattern on one either
     * joins it to the case already bound ({@code subject == $case}) or, when none is, binds it
     * ({@code $case : subject}). Never a join across cases, which multiplies without bound.
     */
    private static void requireTiedToTheCase(PatternDescr pattern, Class<?> type, Map<String, Class<?>> before,
                                             Map<String, Class<?>> after) {
        if (RuleVocabulary.accessor(type, "subject").map(m -> m.getReturnType() != Case.class).orElse(true)) {
            return;
        }
        boolean caseBound = before.containsValue(Case.class);
        for (BaseDescr constraint : pattern.getDescrs()) {
            String text = constraint instanceof BindingDescr binding ? binding.getVariable() + " : " + binding.getExpression().strip()
                    : constraint instanceof ExprConstraintDescr expression ? expression.getExpression().strip() : "";
            Matcher join = SUBJECT_JOIN.matcher(text);
            if (join.find() && before.get(join.group(1)) == Case.class) {
                return;
            }
            if (!caseBound && SUBJECT_BINDING.matcher(text).find()) {
                return;
            }
        }
        throw new ElementRefused(pattern, "le motif « " + type.getSimpleName() + " » doit porter sur la structure évaluée : "
                + (caseBound ? "ajoutez « subject == $case »" : "liez-la par « $case : subject »")
                + " (une jointure entre structures se multiplie sans fin)");
    }

    private Class<?> factType(PatternDescr pattern) {
        String typeName = pattern.getObjectType();
        Class<?> type = classes.get(typeName);
        if (type == null) {
            type = RuleVocabulary.fact(typeName).orElse(null);
        }
        if (!RuleVocabulary.isFact(type)) {
            throw new ElementRefused(pattern, "motif sur « " + typeName + " » refusé : seuls les faits du référentiel se filtrent");
        }
        return type;
    }

    /** {@code from collect( Pattern )} into a list, or {@code from accumulate( Pattern, count(...) )}: nothing else. */
    private Class<?> checkSource(PatternDescr pattern, PatternSourceDescr source, Map<String, Class<?>> bindings, Shape patterns) {
        String resultType = pattern.getObjectType();
        if (source instanceof CollectDescr collect) {
            if (!List.of("List", RuleVocabulary.COLLECTION.getName()).contains(resultType)) {
                throw new ElementRefused(pattern, "« collect » ne rassemble que dans une liste (List())");
            }
            checkPlainPattern(collect.getInputPattern(), bindings, patterns, "collect");
            return null;
        }
        if (source instanceof AccumulateDescr accumulate) {
            if (accumulate.getInitCode() != null || accumulate.getActionCode() != null || accumulate.getResultCode() != null
                    || accumulate.getReverseCode() != null || !accumulate.isExternalFunction()) {
                throw new ElementRefused(pattern, "« accumulate » avec du code (init, action, result) refusé : "
                        + "utilisez count, sum, min, max ou average");
            }
            // Drools wraps the input in an "and": one plain pattern inside it, nothing else.
            if (!accumulate.isSinglePattern() || accumulate.getInputPattern() == null) {
                throw new ElementRefused(pattern, "« accumulate » sur autre chose qu'un seul motif refusé");
            }
            Map<String, Class<?>> inner = new LinkedHashMap<>(bindings);
            checkPlainPattern(accumulate.getInputPattern(), inner, patterns, "accumulate");
            for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
                if (!RuleVocabulary.ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                    throw new ElementRefused(pattern, "fonction d'accumulation « " + function.getFunction() + " » refusée");
                }
                for (String parameter : function.getParams()) {
                    try {
                        RuleExpressions.expression(parameter, scope(null, inner));
                    } catch (RuleExpressions.Refused refused) {
                        throw new ElementRefused(pattern, refused.getMessage());
                    }
                }
                if (function.getBind() != null) {
                    bindings.put(function.getBind(), null);
                }
            }
            return null;
        }
        if (source instanceof FromDescr) {
            throw new ElementRefused(pattern, "« from » sur une expression refusé : seuls « from collect » et « from accumulate » "
                    + "avec count, sum, min, max ou average sont admis");
        }
        throw new ElementRefused(pattern, "source de motif « " + source.getClass().getSimpleName().replace("Descr", "") + " » refusée");
    }

    private void checkPlainPattern(PatternDescr input, Map<String, Class<?>> bindings, Shape patterns, String construct) {
        if (input == null || input.getSource() != null) {
            throw new ElementRefused(input, "« " + construct + " » ne porte que sur un motif simple");
        }
        checkPattern(input, bindings, patterns);
    }

    private void checkConstraint(BaseDescr constraint, Class<?> type, Map<String, Class<?>> bindings) {
        try {
            if (constraint instanceof BindingDescr binding) {
                Class<?> bound = RuleExpressions.constraint(binding.getExpression(), scope(type, bindings));
                bindings.put(binding.getVariable(), bound);
            } else if (constraint instanceof ExprConstraintDescr expression) {
                String text = expression.getExpression().strip();
                Matcher bindingAtStart = Pattern.compile("^(\\$[A-Za-z_][A-Za-z0-9_]*)\\s*:(?!:)").matcher(text);
                if (bindingAtStart.find()) {
                    Class<?> bound = RuleExpressions.constraint(text.substring(bindingAtStart.end()), scope(type, bindings));
                    bindings.put(bindingAtStart.group(1), bound);
                } else {
                    RuleExpressions.constraint(text, scope(type, bindings));
                }
            } else {
                throw new ElementRefused(constraint, "contrainte « " + constraint.getClass().getSimpleName().replace("Descr", "")
                        + " » refusée");
            }
        } catch (RuleExpressions.Refused refused) {
            throw new ElementRefused(constraint, refused.getMessage());
        }
    }

    private RuleExpressions.Scope scope(Class<?> patternType, Map<String, Class<?>> bindings) {
        return new RuleExpressions.Scope(patternType, bindings, classes, functions, parameterNames, parametersUsed, globalDeclared);
    }

    private void refuse(BaseDescr where, String message) {
        problems.add(new Problem(file, where == null ? 0 : Math.max(0, where.getLine()), "construction refusée : " + message));
    }

    private int lineAt(int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
