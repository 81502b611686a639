package fr.spro.label.web;

/**
 * Where the rules in force are published for everyone (CRPA L312-1-3): the footer of every page,
 * the registry and every document that carries the mention of CRPA L311-3-1 lead there. Kept here,
 * beside the layout, so that the documents can print the address without depending on the page.
 */
public final class PublicRulesPage {

    /** The page's path, in French like the other public pages. */
    public static final String PATH = "/comment-le-label-est-attribue";

    private PublicRulesPage() {
    }

    /** The page's address for a reader outside the application: {@code <app.public-base-url>/comment-le-label-est-attribue}. */
    public static String at(String publicBaseUrl) {
        return publicBaseUrl.replaceAll("/+$", "") + PATH;
    }
}
