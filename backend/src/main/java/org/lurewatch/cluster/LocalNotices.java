package org.lurewatch.cluster;

import java.util.function.Consumer;

/** One instance alone: there is nobody to tell, and nobody will tell it anything. */
final class LocalNotices implements ClusterNotices {

    @Override
    public void publish(String topic, String message) {
    }

    @Override
    public void subscribe(String topic, Consumer<String> listener) {
    }

    @Override
    public boolean shared() {
        return false;
    }
}
