package fr.spro.label.batch;

import fr.spro.label.refusal.Refusal;
import fr.spro.label.refusal.RefusalCode;

/** A launch that was refused, or a job that does not exist, with a {@link Code} and a French reason. */
public class JobRefused extends Refusal {

    /** Why a launch or a look-up is refused. */
    public enum Code implements RefusalCode {
        /** Not a 4-digit year. */
        BAD_CAMPAIGN(Kind.INVALID),
        /** The campaign's job already runs, here or on another instance. */
        JOB_ALREADY_RUNNING(Kind.CONFLICT),
        UNKNOWN_JOB(Kind.NOT_FOUND);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    JobRefused(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }

    /** No job execution has that id. */
    public static JobRefused unknownJob(long jobId) {
        return new JobRefused(Code.UNKNOWN_JOB, "Aucun traitement n'a l'identifiant " + jobId);
    }
}
