package fr.spro.label.rulesets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a rule-set upload ({@code app.rulesets.*}). The bundled rules weigh about 100 KB in
 * a dozen files: the defaults leave ample room and stop a wrong file or a zip bomb early.
 *
 * @param maxFileSize   largest rule file accepted, once unzipped
 * @param maxUploadSize largest upload, and largest total of the unzipped files
 * @param maxFiles      most files in one upload (zip entries included)
 * @param whatIfShown   most structures a what-if lists one by one (the counts cover them all)
 */
@ConfigurationProperties("app.rulesets")
record RuleSetsProperties(@DefaultValue("512KB") DataSize maxFileSize, @DefaultValue("4MB") DataSize maxUploadSize,
                          @DefaultValue("100") int maxFiles, @DefaultValue("300") int whatIfShown) {
}
