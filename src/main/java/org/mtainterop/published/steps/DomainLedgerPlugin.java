package org.mtainterop.published.steps;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import org.mtainterop.run.ActiveDomain;
import org.mtainterop.steps.ResultLedgerPlugin;

/** Records each finished domain scenario as a requirement result of {@code dns:<domain>} (JSON summary, console). */
public final class DomainLedgerPlugin implements ConcurrentEventListener {
    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    }

    private void finished(TestCaseFinished event) {
        ActiveDomain domain = ActiveDomain.current();
        ResultLedgerPlugin.resultOf(event, domain.ledger())
                .ifPresent(result -> domain.ledger().record(domain.targetName(), result));
    }
}
