package fr.spro.label.store;

import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;

/**
 * Transaction manager for servers without transactions. Spring Batch suspends and resumes
 * transactions around its steps; the resourceless manager refuses that, this one lets it pass.
 */
public class NoTransactionManager extends ResourcelessTransactionManager {

    @Override
    protected Object doSuspend(Object transaction) {
        return transaction;
    }

    @Override
    protected void doResume(Object transaction, Object suspendedResources) {
        // nothing was suspended: there is no transactional resource to give back
    }
}
