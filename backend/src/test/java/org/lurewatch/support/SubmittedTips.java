package org.lurewatch.support;

import java.util.concurrent.ConcurrentLinkedDeque;

import org.lurewatch.tips.TipSubmitted;
import org.springframework.context.event.EventListener;

/** The tips submitted to a running app, newest last: the public API never tells a tipster a tip's id. */
public class SubmittedTips {

    public final ConcurrentLinkedDeque<TipSubmitted> events = new ConcurrentLinkedDeque<>();
    public final ConcurrentLinkedDeque<String> ids = new ConcurrentLinkedDeque<>();

    @EventListener
    void on(TipSubmitted event) {
        events.add(event);
        ids.add(event.tipId());
    }

    public String lastId() {
        return ids.getLast();
    }
}
