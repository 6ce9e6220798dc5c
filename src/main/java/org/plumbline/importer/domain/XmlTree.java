package org.plumbline.importer.domain;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.plumbline.importer.EventFileException;
import org.plumbline.importer.EventFileProblem;

/**
 * An XML document read into a small tree whose elements know their path and line, so that
 * a problem found in it names where it is. Reading refuses a document type declaration
 * outright: with no DTD, no entity can pull in a local file or a remote address (XXE),
 * nor expand a billion times.
 */
final class XmlTree {

	/**
	 * How deep elements may nest: a schedule needs six levels; the JDK's own limit is
	 * none, and each level costs the parser more.
	 */
	static final int MAX_DEPTH = 100;

	private static final XMLInputFactory FACTORY = factory();

	private XmlTree() {
	}

	/**
	 * An element: its attributes, its own text (trimmed), its child elements in order.
	 *
	 * @param path such as {@code /schedule/day[1]/room[2]/event[3]}
	 */
	record Element(String name, String path, int line, int column, Map<String, String> attributes,
			List<Element> children, StringBuilder buffer) {

		/** The first child of this name, or null. */
		Element child(String childName) {
			return children.stream().filter(child -> child.name.equals(childName)).findFirst().orElse(null);
		}

		List<Element> all(String childName) {
			return children.stream().filter(child -> child.name.equals(childName)).toList();
		}

		/** The trimmed text of the first child of this name, or null without one. */
		String childText(String childName) {
			Element child = child(childName);
			return child == null ? null : child.text();
		}

		String text() {
			return buffer.toString().strip();
		}

		String attribute(String attribute) {
			return attributes.get(attribute);
		}

		/** A line of the report about this element (empty message: a place only). */
		EventFileProblem problem(String message) {
			return new EventFileProblem(path, line, column, message);
		}

	}

	/**
	 * @throws EventFileException if the bytes are not well-formed XML or declare a
	 * document type
	 */
	static Element read(byte[] bytes) {
		XMLStreamReader reader = null;
		try {
			reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
			Deque<Element> open = new ArrayDeque<>();
			Deque<Map<String, Integer>> counts = new ArrayDeque<>();
			counts.push(new HashMap<>());
			Element root = null;
			while (reader.hasNext()) {
				int event = reader.next();
				switch (event) {
					case XMLStreamConstants.DTD -> throw refused(reader.getLocation(),
							"the file declares a document type (DOCTYPE), which is refused: a schedule needs none, "
									+ "and its entities could read files of this server");
					case XMLStreamConstants.ENTITY_REFERENCE -> throw refused(reader.getLocation(),
							"the file refers to an entity (&" + reader.getLocalName() + ";), which is refused");
					case XMLStreamConstants.START_ELEMENT -> {
						String name = reader.getLocalName();
						int index = counts.peek().merge(name, 1, Integer::sum);
						String parentPath = open.isEmpty() ? "" : open.peek().path();
						Location location = reader.getLocation();
						Map<String, String> attributes = new LinkedHashMap<>();
						for (int i = 0; i < reader.getAttributeCount(); i++) {
							attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
						}
						Element element = new Element(name, parentPath + "/" + name + "[" + index + "]",
								location.getLineNumber(), location.getColumnNumber(), attributes, new ArrayList<>(),
								new StringBuilder());
						if (open.isEmpty()) {
							root = element;
						}
						else {
							open.peek().children().add(element);
						}
						open.push(element);
						counts.push(new HashMap<>());
					}
					case XMLStreamConstants.END_ELEMENT -> {
						open.pop();
						counts.pop();
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						if (!open.isEmpty()) {
							open.peek().buffer().append(reader.getText());
						}
					}
					default -> {
						// Comments, processing instructions and the document's end carry
						// nothing a schedule needs.
					}
				}
			}
			if (root == null) {
				throw new EventFileException(new EventFileProblem("", 1, 1, "the file is empty; expected XML"));
			}
			return root;
		}
		catch (XMLStreamException ex) {
			throw refused(ex.getLocation(), "malformed XML: " + firstSentence(ex.getMessage()));
		}
		finally {
			close(reader);
		}
	}

	private static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException ex) {
				// Reading ended already; nothing is held open by a byte array.
			}
		}
	}

	private static EventFileException refused(Location location, String message) {
		int line = location == null ? 0 : Math.max(location.getLineNumber(), 0);
		int column = location == null ? 0 : Math.max(location.getColumnNumber(), 0);
		return new EventFileException(new EventFileProblem("", line, column, message));
	}

	/** The parser's message without its "ParseError at [row,col]" preamble. */
	private static String firstSentence(String message) {
		if (message == null) {
			return "unreadable";
		}
		int marker = message.indexOf("Message: ");
		String text = marker >= 0 ? message.substring(marker + "Message: ".length()) : message;
		return text.lines().findFirst().orElse("unreadable").strip();
	}

	private static XMLInputFactory factory() {
		// The JDK's own parser, whatever else is on the class path, for the limit below.
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty("jdk.xml.maxElementDepth", MAX_DEPTH);
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		return factory;
	}

}
