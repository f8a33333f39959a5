package org.lurewatch.abuse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lurewatch.abuse.AbuseAction;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Defaults, partial overrides and the environment-variable names an operator uses (docker-compose). */
class AbusePropertiesTest {

    private static AbuseProperties bind(Map<String, Object> env) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("lurewatch.abuse", AbuseProperties.class);
    }

    @Test
    void everythingHasADefault() {
        AbuseProperties p = bind(Map.of());
        assertThat(p.trustedProxies()).isEmpty();
        assertThat(p.proofOfWork().difficulty()).isEqualTo(17);
        assertThat(p.proofOfWork().maxDifficulty()).isEqualTo(22);
        assertThat(p.proofOfWork().floodThreshold()).isEqualTo(30);
        assertThat(p.limits().of(AbuseAction.SUBMISSION).burst().capacity()).isEqualTo(10);
        assertThat(p.limits().of(AbuseAction.PUBLIC_READ).burst().capacity()).isEqualTo(600);
        assertThat(p.limits().of(AbuseAction.PUBLIC_READ).burst().period()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void environmentVariablesOverrideSingleValues() {
        AbuseProperties p = bind(Map.of(
                "LUREWATCH_ABUSE_TRUSTED_PROXIES", "172.16.0.0/12,10.0.0.1",
                "LUREWATCH_ABUSE_LIMITS_SUBMISSION_BURST_CAPACITY", "3",
                "LUREWATCH_ABUSE_PROOFOFWORK_DIFFICULTY", "20"));
        assertThat(p.trustedProxies()).containsExactly("172.16.0.0/12", "10.0.0.1");
        assertThat(p.limits().of(AbuseAction.SUBMISSION).burst().capacity()).isEqualTo(3);
        assertThat(p.limits().of(AbuseAction.SUBMISSION).burst().period()).as("unchanged").isEqualTo(Duration.ofMinutes(10));
        assertThat(p.proofOfWork().difficulty()).isEqualTo(20);
    }
}
