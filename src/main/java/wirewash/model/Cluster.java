package wirewash.model;

import java.util.List;
import wirewash.internal.Validate;

/**
 * A group of near-duplicate documents with the one chosen to represent it. A unique document forms a cluster of
 * one. The cluster's id is its canonical member's id.
 *
 * @param id        the cluster's id
 * @param canonical the id of the representative member
 * @param members   all members, the canonical first, then by falling similarity, then by id
 */
public record Cluster(String id, String canonical, List<ClusterMember> members) {
    public Cluster {
        Validate.notBlank(id, "id");
        Validate.notBlank(canonical, "canonical");
        members = List.copyOf(Validate.notEmpty(members, "members"));
    }

    public int size() {
        return members.size();
    }
}
