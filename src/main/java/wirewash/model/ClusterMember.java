package wirewash.model;

/**
 * One document of a cluster and how it relates to the cluster's canonical member.
 *
 * @param id          the document's id
 * @param similarity  Jaccard similarity of its shingle set to the canonical's (1.0 for the canonical)
 * @param containment share of its shingles found in the canonical (1.0 for the canonical)
 */
public record ClusterMember(String id, double similarity, double containment) {}
