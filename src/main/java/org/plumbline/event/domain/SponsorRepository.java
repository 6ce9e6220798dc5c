package org.plumbline.event.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.event.NewEvent.NewSponsor;
import org.plumbline.event.SponsorLogo;
import org.plumbline.event.SponsorTier;
import org.plumbline.event.SponsorTier.Sponsor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class SponsorRepository {

	private final JdbcClient jdbc;

	SponsorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insertTier(long eventId, String name, int position) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO sponsor_tier (event_id, name, position) VALUES (?, ?, ?)")
			.params(eventId, name, position)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	public void insertSponsor(long tierId, NewSponsor sponsor, int position) {
		SponsorLogo logo = sponsor.logo();
		jdbc.sql("""
				INSERT INTO sponsor (tier_id, name, position, link_url, logo_content_type, logo)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(tierId, sponsor.name(), position, sponsor.linkUrl(), logo == null ? null : logo.contentType(),
					logo == null ? null : logo.bytes())
			.update();
	}

	public List<SponsorTier> tiers(long eventId) {
		Map<Long, String> tierNames = new LinkedHashMap<>();
		Map<Long, List<Sponsor>> sponsorsByTier = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT t.id AS tier_id, t.name AS tier_name, s.id, s.name, s.link_url, s.logo_content_type
				FROM sponsor_tier t LEFT JOIN sponsor s ON s.tier_id = t.id
				WHERE t.event_id = ? ORDER BY t.position, s.position""").param(eventId).query(rs -> {
			long tierId = rs.getLong("tier_id");
			tierNames.put(tierId, rs.getString("tier_name"));
			List<Sponsor> sponsors = sponsorsByTier.computeIfAbsent(tierId, id -> new ArrayList<>());
			long sponsorId = rs.getLong("id");
			if (!rs.wasNull()) {
				sponsors.add(new Sponsor(sponsorId, rs.getString("name"), rs.getString("link_url"),
						rs.getString("logo_content_type") != null));
			}
		});
		return tierNames.entrySet()
			.stream()
			.map(tier -> new SponsorTier(tier.getKey(), tier.getValue(),
					List.copyOf(sponsorsByTier.get(tier.getKey()))))
			.toList();
	}

	public Optional<SponsorLogo> logo(long eventId, long sponsorId) {
		return jdbc.sql("""
				SELECT s.logo_content_type, s.logo FROM sponsor s JOIN sponsor_tier t ON t.id = s.tier_id
				WHERE t.event_id = ? AND s.id = ? AND s.logo IS NOT NULL""")
			.params(eventId, sponsorId)
			.query((rs, row) -> new SponsorLogo(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

}
