"""GraphML of a linked ledger for Gephi: persons, organizations, subjects, events, quotes and
documents as nodes; ``said`` (speaker -> quote), ``mentions`` (document -> person, organization
or subject), ``supports`` (document -> event), ``about`` (event or quote -> subject) as edges.

Written with ElementTree, so every value is XML-escaped.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
NODE_KEYS = ("label", "kind", "detail")
EDGE_KEYS = ("relation",)
QUOTE_LABEL_CHARS = 80


class GraphBuilder:
    """Collects nodes and edges once each, then writes GraphML."""

    def __init__(self):
        self.nodes: dict[str, dict] = {}
        self.edges: dict[tuple[str, str, str], dict] = {}

    def node(self, node_id: str, label: str, kind: str, detail: str = "") -> str:
        self.nodes.setdefault(node_id, {"label": label, "kind": kind, "detail": detail})
        return node_id

    def edge(self, source: str, target: str, relation: str) -> None:
        if source in self.nodes and target in self.nodes:
            self.edges.setdefault((source, target, relation), {"relation": relation})

    def to_element(self) -> ET.Element:
        root = ET.Element("graphml", xmlns=GRAPHML_NS)
        for name in NODE_KEYS:
            ET.SubElement(root, "key", id=name, attrib={"for": "node", "attr.name": name, "attr.type": "string"})
        for name in EDGE_KEYS:
            ET.SubElement(root, "key", id=name, attrib={"for": "edge", "attr.name": name, "attr.type": "string"})
        graph = ET.SubElement(root, "graph", id="claimledger", edgedefault="directed")
        for node_id, data in self.nodes.items():
            node = ET.SubElement(graph, "node", id=node_id)
            for name in NODE_KEYS:
                ET.SubElement(node, "data", key=name).text = strip_control(data[name])
        for index, ((source, target, _), data) in enumerate(self.edges.items()):
            edge = ET.SubElement(graph, "edge", id=f"e{index}", source=source, target=target)
            ET.SubElement(edge, "data", key="relation").text = data["relation"]
        return root


def strip_control(text: str) -> str:
    """XML 1.0 forbids most control characters even escaped."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 32)


def ledger_graph(linked) -> GraphBuilder:
    """Nodes and edges of a LinkedLedger, read from its stored records and link tables: no
    extraction is loaded and nothing is relinked."""
    graph, db, identities = GraphBuilder(), linked.db, linked.identities
    documents = db.execute(
        "SELECT d.id, d.title, coalesce(nullif(d.outlet, ''), (SELECT s.outlet FROM document_sources s "
        "WHERE s.doc_id = d.id AND s.outlet IS NOT NULL AND s.outlet != '' ORDER BY s.rowid LIMIT 1)) AS outlet "
        "FROM documents d ORDER BY d.dct, d.rowid").fetchall()
    for document in documents:
        graph.node(f"doc:{document['id']}", document["title"] or document["id"], "document", document["outlet"] or "")
    for identity in identities.identities:
        if identity.label in ("PERSON", "ORG"):
            node = graph.node(identity.id, identity.name, identity.label.lower())
            for doc_id, _ in identity.mentions:
                graph.edge(f"doc:{doc_id}", node, "mentions")
    for document in documents:
        add_document_records(graph, db, document["id"], identities)
    for event in db.execute("SELECT * FROM linked_events ORDER BY subject, sort_key").fetchall():
        subject = graph.node(f"subject:{event['subject']}", event["subject"], "subject")
        node = graph.node(event["id"], f"{event['subject']} {event['status']} {event['date'] or ''}".strip(), "event",
                          f"corroboration {event['corroboration']}")
        graph.edge(node, subject, "about")
        for report in db.execute("SELECT doc_id FROM event_reports WHERE event_id = ? ORDER BY position", (event["id"],)):
            graph.edge(f"doc:{report['doc_id']}", node, "supports")
    return graph


def add_document_records(graph: GraphBuilder, db, doc_id: str, identities) -> None:
    """A document's subjects and quotations, each quotation tied to the identity of its speaker."""
    for mention in db.execute("SELECT subject FROM subject_mentions WHERE doc_id = ? ORDER BY rowid", (doc_id,)):
        graph.edge(f"doc:{doc_id}", graph.node(f"subject:{mention['subject']}", mention["subject"], "subject"),
                   "mentions")
    for quote in db.execute("SELECT q.start, q.speaker, substr(d.text, q.start + 1, q.\"end\" - q.start) AS words "
                            "FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.doc_id = ? ORDER BY q.rowid",
                            (doc_id,)):
        words = quote["words"]
        node = graph.node(f"quote:{doc_id}:{quote['start']}", words[:QUOTE_LABEL_CHARS], "quote", words)
        graph.edge(f"doc:{doc_id}", node, "mentions")
        speaker = identities.resolve(quote["speaker"]) if quote["speaker"] else None
        if speaker is not None:
            graph.node(speaker.id, speaker.name, speaker.label.lower())
            graph.edge(speaker.id, node, "said")


def write_graphml(path: Path | str, linked) -> None:
    """Write a LinkedLedger as GraphML (UTF-8, with XML declaration)."""
    tree = ET.ElementTree(ledger_graph(linked).to_element())
    ET.indent(tree)
    tree.write(str(path), encoding="utf-8", xml_declaration=True)
