package org.plumbline.event;

public record SponsorLogo(String contentType, byte[] bytes) {
}
