package org.casealert.notify.delivery;

public enum Channel {
    EMAIL,
    WEBHOOK
}
