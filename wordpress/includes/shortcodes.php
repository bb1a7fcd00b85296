<?php
/**
 * Shortcodes for the classic editor, text widgets and page builders: `[cm_featured_story
 * src="…" story_id="…"]`, attributes named as the element's with `_` for `-`, a boolean
 * written alone (`[cm_quote_rotator autoplay]`). They render exactly as the blocks do.
 *
 * wpautop runs before shortcodes, so the widget's own HTML is never wrapped; a shortcode
 * on a line of its own loses its paragraph through shortcode_unautop(); one written inside
 * a paragraph is lifted out of it below, because a `<p>` around the element would be closed
 * by the browser at the first heading inside (the fallback would then show outside the
 * element, and twice).
 *
 * @package CmWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers one shortcode per element.
 */
function cm_widgets_register_shortcodes() {
	foreach ( array_keys( cm_widgets_elements() ) as $name ) {
		add_shortcode(
			cm_widgets_shortcode_name( $name ),
			static function ( $atts ) use ( $name ) {
				return cm_widgets_render( $name, cm_widgets_shortcode_values( $atts ) );
			}
		);
	}
}
add_action( 'init', 'cm_widgets_register_shortcodes' );

/**
 * Element attribute values from shortcode attributes: `story_id` → `story-id`; a name
 * without a value (`autoplay`) is a true boolean. JSON lists (`quotes`, `ideas`,
 * `speakers`) and unknown names are dropped later, by cm_widgets_sanitize_attributes().
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return array
 */
function cm_widgets_shortcode_values( $atts ) {
	$values = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word. Only names are kept: `<br />` that wpautop left in a shortcode
			// written over several lines is not one.
			if ( is_string( $value ) && preg_match( '/^[a-z][a-z_-]*$/', $value ) ) {
				$values[ str_replace( '_', '-', $value ) ] = true;
			}
			continue;
		}
		$values[ str_replace( '_', '-', strtolower( $key ) ) ] = $value;
	}
	return $values;
}

/**
 * Lifts the widgets out of any paragraph around them: `<p>text <cm-…>…</cm-…> more</p>`
 * becomes `<p>text</p><cm-…>…</cm-…><p>more</p>`, and empty paragraphs left over go.
 *
 * @param string $html Content after shortcodes.
 * @return string
 */
function cm_widgets_unwrap_paragraphs( $html ) {
	if ( ! is_string( $html ) || ! str_contains( $html, '<cm-' ) || ! str_contains( $html, '<p' ) ) {
		return $html;
	}
	$tags    = implode( '|', array_map( static fn( $element ) => preg_quote( $element['tag'], '#' ), cm_widgets_elements() ) );
	$pattern = '#<p(\s[^>]*)?>((?:(?!</?p[\s>]).)*?)(<(' . $tags . ')(?:\s[^>]*)?>.*?</\4>)((?:(?!<p[\s>]).)*?)</p>#s';
	$space   = '(?:\s|&nbsp;|<br\s*/?>)*';
	for ( $i = 0; $i < 50; $i++ ) {
		$next = preg_replace_callback(
			$pattern,
			static function ( $m ) use ( $space ) {
				$before = preg_replace( '#' . $space . '$#', '', $m[2] );
				$after  = preg_replace( '#^' . $space . '#', '', $m[5] );
				return ( '' !== $before ? '<p' . $m[1] . '>' . $before . '</p>' : '' ) . $m[3] . ( '' !== $after ? '<p' . $m[1] . '>' . $after . '</p>' : '' );
			},
			$html,
			1
		);
		if ( null === $next || $next === $html ) {
			break;
		}
		$html = $next;
	}
	return $html;
}
add_filter( 'the_content', 'cm_widgets_unwrap_paragraphs', 12 );
add_filter( 'widget_text_content', 'cm_widgets_unwrap_paragraphs', 12 );
add_filter( 'widget_block_content', 'cm_widgets_unwrap_paragraphs', 12 );
