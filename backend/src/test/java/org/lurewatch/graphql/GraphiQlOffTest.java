package org.lurewatch.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lurewatch.access.StaffTestContext;
import org.lurewatch.support.GraphQlClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GraphiQL is off unless an operator switches it on (issue 22, finding 9). */
@StaffTestContext
class GraphiQlOffTest {

    @LocalServerPort
    int port;

    @Test
    void graphiQlIsNotServedByDefault() {
        GraphQlClient http = new GraphQlClient(port);
        for (String path : new String[] {"/graphiql", "/graphiql?path=/graphql", "/graphiql/assets/graphiql.min.js"}) {
            GraphQlClient.Reply reply = http.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.raw()).doesNotContain("esm.sh").doesNotContain("<script");
        }
    }
}
