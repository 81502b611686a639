package fr.spro.label.evaluation;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the expressions of a rule file — a condition's constraints and a consequence's statements —
 * in a small grammar of their own, and refuses anything outside it. What it accepts is all the
 * referential needs: property paths on the fact types, literals, arithmetic, comparisons, the
 * Drools operators {@code contains}, {@code memberOf} and {@code in}, calls of the imported wording
 * functions, constants of the allowed enumerations, the parameters global, and, in a consequence,
 * {@code insert(...)} of what a provided factory builds. Each name is resolved against the classes
 * of {@link RuleVocabulary} by reflection, so {@code s.class}, {@code java.lang.Runtime} or a cast
 * has no way in; Java's own unicode escapes are refused before (they would let a consequence's
 * comment become code).
 */
final class RuleExpressions {

    /** Longest string literal accepted: sentences are short, a huge literal is an attack on memory. */
    static final int MAX_LITERAL = 1_000;
    private static final int MAX_DEPTH = 40;
    private static final int MAX_TOKENS = 4_000;
    private static final Set<String> REFUSED_WORDS = Set.of("new", "class", "super", "instanceof", "if", "else", "for",
            "while", "do", "switch", "case", "return", "throw", "try", "catch", "finally", "synchronized", "import", "package",
            "var", "final", "static", "void", "assert", "break", "continue", "default", "goto", "modify", "update", "retract",
            "delete", "insertLogical", "drools", "kcontext", "eval", "from", "matches", "soundslike", "str", "excludes",
            "System", "Runtime", "Thread", "Class", "ClassLoader", "Math", "Object", "String", "Integer", "Double", "java", "javax");
    private static final Set<String> DROOLS_OPERATORS = Set.of("contains", "memberOf", "in");

    /** Refusal of an expression, with the construct refused in French. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** What an expression may name, and where the parameter names it uses are collected. */
    record Scope(Class<?> patternType, Map<String, Class<?>> bindings, Map<String, Class<?>> classes,
                 Map<String, Method> functions, Set<String> parameterNames, Set<String> parametersUsed, boolean globalDeclared) {
    }

    private enum Kind { NAME, NUMBER, STRING, SYMBOL, END }

    private record Token(Kind kind, String text) {
    }

    private final List<Token> tokens;
    private final Scope scope;
    private final boolean consequence;
    private int position;
    private int depth;

    private RuleExpressions(String text, Scope scope, boolean consequence) {
        this.tokens = tokenize(text);
        this.scope = scope;
        this.consequence = consequence;
    }

    /**
     * Checks one constraint of a pattern and gives the type of its value ({@code null} when it is a
     * plain value: a number, a string, a date, a set), so a binding to it can be typed.
     *
     * @throws Refused naming the construct
     */
    static Class<?> constraint(String text, Scope scope) {
        RuleExpressions reader = new RuleExpressions(text, scope, false);
        Class<?> type = reader.expression();
        reader.expectEnd();
        return type;
    }

    /** The same for an expression on its own, e.g. the argument of an accumulate function. */
    static Class<?> expression(String text, Scope scope) {
        return constraint(text, scope);
    }

    /**
     * Checks a consequence: nothing but {@code insert( EXPRESSION );} statements.
     *
     * @throws Refused naming the construct
     */
    static void consequence(String text, Scope scope) {
        RuleExpressions reader = new RuleExpressions(text, scope, true);
        int statements = 0;
        while (reader.peek().kind() != Kind.END) {
            Token first = reader.next();
            if (!first.text().equals("insert")) {
                throw new Refused("instruction « " + first.text() + " » refusée dans une conséquence : seule « insert( … ); » est admise");
            }
            reader.expect("(");
            reader.expression();
            reader.expect(")");
            reader.expect(";");
            statements++;
        }
        if (statements == 0) {
            throw new Refused("conséquence vide : une règle insère au moins un verdict ou une conclusion");
        }
    }

    private Class<?> expression() {
        if (++depth > MAX_DEPTH) {
            throw new Refused("expression trop imbriquée");
        }
        try {
            Class<?> type = comparison();
            while (peekIs("&&") || peekIs("||")) {
                next();
                comparison();
                type = null;
            }
            return type;
        } finally {
            depth--;
        }
    }

    private Class<?> comparison() {
        Class<?> left = additive();
        if (peekIs("==") || peekIs("!=") || peekIs("<") || peekIs("<=") || peekIs(">") || peekIs(">=")) {
            next();
            additive();
            return null;
        }
        if (!consequence && (peekIs("not") || DROOLS_OPERATORS.contains(peek().text()))) {
            if (peekIs("not")) {
                next();
                if (!DROOLS_OPERATORS.contains(peek().text())) {
                    throw new Refused("« not » doit précéder contains, memberOf ou in");
                }
            }
            String operator = next().text();
            if (operator.equals("in")) {
                expect("(");
                additive();
                while (peekIs(",")) {
                    next();
                    additive();
                }
                expect(")");
            } else {
                additive();
            }
            return null;
        }
        return left;
    }

    private Class<?> additive() {
        Class<?> type = multiplicative();
        while (peekIs("+") || peekIs("-")) {
            next();
            multiplicative();
            type = null;
        }
        return type;
    }

    private Class<?> multiplicative() {
        Class<?> type = unary();
        while (peekIs("*") || peekIs("/") || peekIs("%")) {
            next();
            unary();
            type = null;
        }
        return type;
    }

    private Class<?> unary() {
        if (peekIs("!") || peekIs("-")) {
            next();
            unary();
            return null;
        }
        return primary();
    }

    private Class<?> primary() {
        Token token = next();
        switch (token.kind()) {
            case NUMBER, STRING -> {
                return null;
            }
            case END -> throw new Refused("expression incomplète");
            case SYMBOL -> {
                if (token.text().equals("(")) {
                    Class<?> inner = expression();
                    expect(")");
                    if (peek().kind() == Kind.NAME || peekIs("(")) {
                        throw new Refused("conversion de type (cast) refusée");
                    }
                    return inner;
                }
                throw new Refused("symbole « " + token.text() + " » inattendu");
            }
            default -> {
                return postfix(name(token.text()));
            }
        }
    }

    /** The value a name at the start of a path denotes. */
    private Class<?> name(String name) {
        if (List.of("true", "false", "null").contains(name)) {
            return null;
        }
        if (name.equals("this") && !consequence && scope.patternType() != null) {
            return scope.patternType();
        }
        if (peekIs("(")) {
            Optional<Method> accessor = consequence || scope.patternType() == null ? Optional.empty()
                    : RuleVocabulary.accessor(scope.patternType(), name);
            if (accessor.isPresent()) {
                next();
                expect(")");
                return valueType(accessor.get().getReturnType());
            }
            return functionCall(name);
        }
        if (name.startsWith("$")) {
            if (!scope.bindings().containsKey(name)) {
                throw new Refused("variable « " + name + " » inconnue : liez-la dans une condition avant de l'utiliser");
            }
            return scope.bindings().get(name);
        }
        if (name.equals(RuleVocabulary.GLOBAL_NAME) && scope.globalDeclared()) {
            return parameterCall();
        }
        if (!consequence && scope.patternType() != null) {
            Optional<Method> accessor = RuleVocabulary.accessor(scope.patternType(), name);
            if (accessor.isPresent()) {
                return valueType(accessor.get().getReturnType());
            }
        }
        Class<?> type = scope.classes().get(name);
        if (type != null) {
            return staticMember(type);
        }
        if (REFUSED_WORDS.contains(name)) {
            throw new Refused("« " + name + " » refusé dans une règle");
        }
        throw new Refused("nom « " + name + " » inconnu : ni champ du fait, ni variable liée, ni type importé autorisé");
    }

    private Class<?> functionCall(String name) {
        Method function = scope.functions().get(name);
        if (function == null) {
            throw new Refused(name.equals("insert") ? "« insert » n'est admis qu'en tête d'une instruction de conséquence"
                    : "fonction « " + name + " » inconnue : seules les fonctions importées de Wording et Figures sont admises");
        }
        arguments();
        return valueType(function.getReturnType());
    }

    private Class<?> parameterCall() {
        expect(".");
        String method = next().text();
        if (!RuleVocabulary.GLOBAL_METHODS.contains(method)) {
            throw new Refused("« parameters." + method + " » refusé : seuls parameters.value(\"NOM\") et parameters.text(\"NOM\") sont admis");
        }
        expect("(");
        Token name = next();
        if (name.kind() != Kind.STRING) {
            throw new Refused("parameters." + method + " attend le nom d'un paramètre entre guillemets");
        }
        String parameter = name.text();
        if (!scope.parameterNames().contains(parameter)) {
            throw new Refused("paramètre « " + parameter + " » absent de parameters.csv");
        }
        scope.parametersUsed().add(parameter);
        expect(")");
        return null;
    }

    /** {@code Type.CONSTANT} or {@code Factory.method(...)}: the only uses of a class name. */
    private Class<?> staticMember(Class<?> type) {
        if (!peekIs(".")) {
            throw new Refused("le type « " + type.getSimpleName() + " » ne s'emploie que pour une constante ou une fabrique");
        }
        next();
        String member = next().text();
        if (peekIs("(")) {
            if (!RuleVocabulary.isFactory(type)) {
                throw new Refused("appel de méthode statique « " + type.getSimpleName() + "." + member + " » refusé");
            }
            Method factory = RuleVocabulary.staticMethod(type, member)
                    .orElseThrow(() -> new Refused("fabrique « " + type.getSimpleName() + "." + member + " » inconnue"));
            arguments();
            return valueType(factory.getReturnType());
        }
        Field constant = RuleVocabulary.constant(type, member)
                .orElseThrow(() -> new Refused("constante « " + type.getSimpleName() + "." + member + " » inconnue ou refusée"));
        return valueType(constant.getType());
    }

    /** Member accesses after a value: only accessors of a fact type. */
    private Class<?> postfix(Class<?> type) {
        Class<?> current = type;
        while (peekIs(".")) {
            next();
            Token member = next();
            if (member.kind() != Kind.NAME || member.text().startsWith("$")) {
                throw new Refused("accès « ." + member.text() + " » refusé");
            }
            if (!RuleVocabulary.isFact(current)) {
                throw new Refused("« ." + member.text() + " » refusé : seuls les champs des faits se lisent"
                        + (current == null ? "" : " (pas ceux de " + current.getSimpleName() + ")"));
            }
            Method accessor = RuleVocabulary.accessor(current, member.text())
                    .orElseThrow(() -> new Refused("« " + member.text() + " » n'est pas un champ de " + currentName(type)));
            if (peekIs("(")) {
                next();
                expect(")");
            } else if (consequence) {
                throw new Refused("dans une conséquence, un champ se lit par son accesseur : « ." + member.text() + "() »");
            }
            current = valueType(accessor.getReturnType());
        }
        return current;
    }

    private static String currentName(Class<?> type) {
        return type == null ? "cette valeur" : type.getSimpleName();
    }

    private void arguments() {
        expect("(");
        if (peekIs(")")) {
            next();
            return;
        }
        expression();
        while (peekIs(",")) {
            next();
            expression();
        }
        expect(")");
    }

    /** Fact types stay navigable; everything else is a plain value, read but never navigated. */
    private static Class<?> valueType(Class<?> type) {
        return RuleVocabulary.isFact(type) ? type : null;
    }

    private Token peek() {
        return tokens.get(Math.min(position, tokens.size() - 1));
    }

    private boolean peekIs(String text) {
        Token token = peek();
        return token.kind() != Kind.STRING && token.text().equals(text);
    }

    private Token next() {
        Token token = peek();
        if (position < tokens.size()) {
            position++;
        }
        return token;
    }

    private void expect(String text) {
        Token token = next();
        if (token.kind() == Kind.STRING || !token.text().equals(text)) {
            throw new Refused("« " + text + " » attendu" + (token.kind() == Kind.END ? " en fin d'expression" : " au lieu de « " + token.text() + " »"));
        }
    }

    private void expectEnd() {
        if (peek().kind() != Kind.END) {
            throw new Refused("« " + peek().text() + " » inattendu");
        }
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (tokens.size() > MAX_TOKENS) {
                throw new Refused("expression trop longue");
            }
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new Refused("commentaire non fermé");
                }
                i = end + 2;
            } else if (c == '"') {
                i = string(text, i, tokens);
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                if (i < text.length() && Character.isLetter(text.charAt(i))) {
                    throw new Refused("nombre « " + text.substring(start, i + 1) + " » mal formé");
                }
                if (i - start > 18) {
                    throw new Refused("nombre trop long");
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(start, i)));
            } else if (c == '$' || Character.isJavaIdentifierStart(c)) {
                int start = i++;
                while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i)) && text.charAt(i) != '$') {
                    i++;
                }
                String name = text.substring(start, i);
                if (name.equals("$") || !name.chars().allMatch(ch -> ch == '$' || ch == '_' || Character.isLetterOrDigit(ch))
                        || name.chars().anyMatch(ch -> ch > 127)) {
                    throw new Refused("nom « " + name + " » refusé (lettres ASCII, chiffres et _ seulement)");
                }
                tokens.add(new Token(Kind.NAME, name));
            } else {
                i = symbol(text, i, tokens);
            }
        }
        tokens.add(new Token(Kind.END, ""));
        return tokens;
    }

    private static final List<String> SYMBOLS = List.of("&&", "||", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%",
            "!", "(", ")", ",", ".", ";");

    private static int symbol(String text, int i, List<Token> tokens) {
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, i)) {
                String after = i + symbol.length() < text.length() ? String.valueOf(text.charAt(i + symbol.length())) : "";
                boolean compound = (symbol.length() == 1 && "+-*/%!<>".contains(symbol) && after.equals("="))
                        || (symbol.equals("+") && after.equals("+")) || (symbol.equals("-") && (after.equals("-") || after.equals(">")));
                if (compound && !(symbol.equals("<") || symbol.equals(">") || symbol.equals("!"))) {
                    throw new Refused("opérateur « " + symbol + after + " » refusé (affectation ou lambda)");
                }
                tokens.add(new Token(Kind.SYMBOL, symbol));
                return i + symbol.length();
            }
        }
        char c = text.charAt(i);
        String what = switch (c) {
            case '=' -> "affectation « = » refusée";
            case '[', ']' -> "tableaux et listes littérales refusés";
            case '{', '}' -> "bloc « { } » refusé";
            case '?' -> "opérateur « ? » refusé";
            case ':' -> "« : » refusé ici (une liaison s'écrit « $nom : champ » en tête d'une contrainte)";
            case '#' -> "conversion « # » refusée";
            case '@' -> "annotation refusée";
            case '\'' -> "littéral entre apostrophes refusé : écrivez les textes entre guillemets";
            case '\\' -> "barre oblique inverse refusée hors d'un texte";
            default -> "caractère « " + c + " » refusé";
        };
        throw new Refused(what);
    }

    private static int string(String text, int start, List<Token> tokens) {
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (value.length() > MAX_LITERAL) {
                    throw new Refused("texte de " + value.length() + " caractères : " + MAX_LITERAL + " au plus");
                }
                tokens.add(new Token(Kind.STRING, value.toString()));
                return i + 1;
            }
            if (c == '\n') {
                throw new Refused("texte non fermé en fin de ligne");
            }
            if (c == '\\') {
                char escaped = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                if ("\"\\nt".indexOf(escaped) < 0) {
                    throw new Refused("séquence « \\" + escaped + " » refusée dans un texte");
                }
                value.append(escaped);
                i += 2;
                continue;
            }
            value.append(c);
            i++;
        }
        throw new Refused("texte non fermé");
    }
}
