package fr.entente.web.demo;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;

import java.util.List;
import java.util.Map;

/** The demo cooperations, as {@code demo/cooperations.yml} describes them. */
public record DemoDirectory(List<Cooperation> cooperations) {

    record Cooperation(String id, String name, String region, List<Centre> centres, String coordinatingCentre,
                       Presidency presidency, List<Partner> partners, List<Body> bodies, List<Person> people) {

        Cooperation {
            partners = partners == null ? List.of() : partners;
        }
    }

    /** From {@code firstYear}, the centres of these department codes preside in turn, one year each. */
    record Presidency(int firstYear, List<String> rotation) {
    }

    record Centre(String departmentCode, String name) {
    }

    record Partner(String id, String name) {
    }

    record Body(String id, BodyKind kind, String name, List<String> partners, List<String> reportsTo) {

        Body {
            partners = partners == null ? List.of() : partners;
            reportsTo = reportsTo == null ? List.of() : reportsTo;
        }
    }

    record Person(String username, String displayName, String organisation, boolean administrator,
                  Map<String, BodyRole> bodies) {

        Person {
            bodies = bodies == null ? Map.of() : bodies;
        }

        String email() {
            // .invalid is reserved (RFC 2606): a demo address can never reach anyone.
            return username + "@demo.entente.invalid";
        }
    }
}
