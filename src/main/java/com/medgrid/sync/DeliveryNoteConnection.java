package com.medgrid.sync;

import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of Delivery Notes, Relay style: {@code edges} with cursors, or just {@code nodes}. */
@Type("DeliveryNoteConnection")
public class DeliveryNoteConnection {

    private final List<DeliveryNoteNode> nodes;
    private final PageInfo pageInfo;

    DeliveryNoteConnection(List<DeliveryNoteNode> nodes, PageInfo pageInfo) {
        this.nodes = nodes;
        this.pageInfo = pageInfo;
    }

    public List<DeliveryNoteNode> getNodes() {
        return nodes;
    }

    public List<DeliveryNoteEdge> getEdges() {
        return nodes.stream().map(DeliveryNoteEdge::new).toList();
    }

    public PageInfo getPageInfo() {
        return pageInfo;
    }

    /** A Delivery Note with the cursor that resumes after it. */
    @Type("DeliveryNoteEdge")
    public static class DeliveryNoteEdge {

        private final DeliveryNoteNode node;

        DeliveryNoteEdge(DeliveryNoteNode node) {
            this.node = node;
        }

        public String getCursor() {
            return Cursor.after(node.getName());
        }

        public DeliveryNoteNode getNode() {
            return node;
        }
    }
}
