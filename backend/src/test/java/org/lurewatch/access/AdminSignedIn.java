package org.lurewatch.access;

import org.junit.jupiter.api.BeforeEach;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.StaffClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A staff API test that starts each test signed in as the first administrator of its app. */
abstract class AdminSignedIn {

    @LocalServerPort
    int port;
    GraphQlClient http;
    StaffClient admin;

    @BeforeEach
    void signInAsAdmin() {
        http = new GraphQlClient(port);
        admin = StaffClient.signIn(http, "admin", StaffClient.ADMIN_PASSWORD);
    }
}
