<?php
/**
 * The elements and their attributes, read once from elements.json: everything else
 * (blocks, shortcodes, sidebar controls, sanitizing, settings) is derived from it.
 *
 * @package CmWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The whole description (elements, attribute types, theme tokens).
 *
 * @return array
 */
function cm_widgets_spec() {
	static $spec = null;
	if ( null === $spec ) {
		// A file of the plugin itself, read from disk: not a remote request.
		$json = file_get_contents( CM_WIDGETS_DIR . 'elements.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$spec = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $spec ) ) {
			$spec = array(
				'namespace' => 'citiesofmigration',
				'types'     => array(),
				'elements'  => array(),
				'tokens'    => array(),
			);
		}
	}
	return $spec;
}

/**
 * Every element, keyed by its short name (`featured-story`).
 *
 * @return array<string, array>
 */
function cm_widgets_elements() {
	return cm_widgets_spec()['elements'];
}

/**
 * One element's description, or null.
 *
 * @param string $name Short name, e.g. `featured-story`.
 * @return array|null
 */
function cm_widgets_element( $name ) {
	$elements = cm_widgets_elements();
	return $elements[ $name ] ?? null;
}

/**
 * The block name of an element: `citiesofmigration/featured-story`.
 *
 * @param string $name Short name.
 * @return string
 */
function cm_widgets_block_name( $name ) {
	return cm_widgets_spec()['namespace'] . '/' . $name;
}

/**
 * The shortcode of an element: `cm_featured_story`.
 *
 * @param string $name Short name.
 * @return string
 */
function cm_widgets_shortcode_name( $name ) {
	return 'cm_' . str_replace( '-', '_', $name );
}

/**
 * A block attribute name from an element attribute name: `story-id` → `storyId`.
 *
 * @param string $attribute Element attribute name.
 * @return string
 */
function cm_widgets_camel( $attribute ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $attribute ) ) ) );
}

/**
 * A shortcode attribute name from an element attribute name: `story-id` → `story_id`.
 *
 * @param string $attribute Element attribute name.
 * @return string
 */
function cm_widgets_snake( $attribute ) {
	return str_replace( '-', '_', $attribute );
}

/**
 * The attributes an editor may set (JSON lists are left out: editors give a feed URL).
 *
 * @param array $element An element's description.
 * @return array<string, array>
 */
function cm_widgets_editable_attributes( $element ) {
	return array_filter(
		$element['attributes'],
		static function ( $attribute ) {
			return 'json' !== $attribute['type'];
		}
	);
}

/**
 * Translates a label or help text of elements.json (English source strings of the
 * cm-widgets text domain, extracted into the .pot by the build, as block.json strings are).
 *
 * @param string $text English text.
 * @return string
 */
function cm_widgets_translate( $text ) {
	// phpcs:ignore WordPress.WP.I18n.NonSingularStringLiteralText -- strings of elements.json, extracted by the build.
	return translate( $text, 'cm-widgets' );
}
