package org.ieum.centers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The site root: every center of the network by region, metropolitan centers with theirs beneath. */
@Controller
class NetworkController {

	private final CenterDirectory directory;

	NetworkController(CenterDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/")
	String network(Model model) {
		List<Center> all = directory.hierarchy();
		Map<String, List<CenterCard>> byRegion = new TreeMap<>();
		for (Center center : all) {
			boolean parentInRegion = center.getParentId() != null && all.stream()
				.anyMatch(p -> p.getId().equals(center.getParentId()) && p.getRegion().equals(center.getRegion()));
			if (!parentInRegion) {
				byRegion.computeIfAbsent(center.getRegion(), r -> new ArrayList<>()).add(card(center, all));
			}
		}
		model.addAttribute("regions", byRegion.entrySet().stream().map(e -> new RegionView(e.getKey(), e.getValue())).toList());
		model.addAttribute("centerCount", all.size());
		return "centers/network";
	}

	private CenterCard card(Center center, List<Center> all) {
		List<CenterCard> children = all.stream()
			.filter(c -> center.getId().equals(c.getParentId()))
			.map(c -> card(c, all))
			.toList();
		String address = directory.mainSiteOf(center.getId()).map(Site::getAddress).orElse(center.getAddress());
		return new CenterCard(center.getSlug(), center.getName(), address, center.getPhone(), center.isDemo(), children);
	}

	record RegionView(String region, List<CenterCard> centers) {
	}

	record CenterCard(String slug, String name, String address, String phone, boolean demo, List<CenterCard> children) {
	}
}
