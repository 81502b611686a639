package fr.spro.label.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicBaseUrl the address the public reaches the application at; the permanent
 *                      verification URL printed on certificates is {@code <publicBaseUrl>/registre/<id>}
 */
@ConfigurationProperties("app")
record RegistryProperties(String publicBaseUrl) {

    RegistryProperties {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:8080"
                : publicBaseUrl.replaceAll("/+$", "");
    }
}
