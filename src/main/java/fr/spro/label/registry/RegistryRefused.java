package fr.spro.label.registry;

import fr.spro.label.refusal.Refusal;
import fr.spro.label.refusal.RefusalCode;

/** A registry look-up that cannot be answered, with a {@link Code} and a French reason. */
public class RegistryRefused extends Refusal {

    /** Why a registry look-up is refused. */
    public enum Code implements RefusalCode {
        /** A search parameter that cannot be understood ({@link BadRegistryParameter}). */
        BAD_PARAMETER(Kind.INVALID),
        /** The structure was never labelled, or does not exist. */
        NOT_IN_REGISTRY(Kind.NOT_FOUND);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    RegistryRefused(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }

    /** No registry entry for that structure. */
    public static RegistryRefused notInRegistry(String structureId) {
        return new RegistryRefused(Code.NOT_IN_REGISTRY, "Aucune structure labellisée sous l'identifiant « " + structureId + " »");
    }
}
