package org.lurewatch.graphql.storedanswers;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.junit.jupiter.api.Test;
import org.lurewatch.abuse.ClientKeys;
import org.lurewatch.abuse.RateLimits;
import org.lurewatch.abuse.ReadAllowance;
import org.lurewatch.graphql.QueryLimits;

/**
 * Tomcat sends an async dispatch through the engine's valves again. The normal path is answering
 * that request, so the store must stay out of it, or the client would get two answers.
 */
class StoredAnswerValveTest {

    @Test
    void anAsyncDispatchGoesOnToTheNormalPathUntouched() throws Exception {
        PublicAnswers answers = mock(PublicAnswers.class);
        QueryLimits defaults = new QueryLimits(null, null, null, null, null, null, null, null, null);
        StoredAnswerValve valve = new StoredAnswerValve(answers, mock(ClientKeys.class), new ReadAllowance(mock(RateLimits.class)), defaults,
                new SimpleMeterRegistry());
        Valve next = mock(Valve.class);
        valve.setNext(next);
        Request request = mock(Request.class);
        Response response = mock(Response.class);
        when(request.isAsyncDispatching()).thenReturn(true);
        when(request.isAsync()).thenReturn(true);

        valve.invoke(request, response);

        verify(next).invoke(request, response);
        verify(answers, never()).find(any());
        verify(response, never()).getCoyoteResponse();
    }
}
