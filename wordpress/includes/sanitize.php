<?php
/**
 * Input validation, by attribute type (elements.json). Invalid values are dropped, so the
 * element uses its default, as the elements themselves do with a bad attribute.
 *
 * @package CmWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * An http:, https: or relative URL, else null. Entities are decoded first (the classic
 * editor stores `&` as `&amp;`), then, as the browser's URL parser does, leading and
 * trailing controls and spaces are stripped and tabs and newlines removed anywhere, so the
 * string checked is the string a browser would see: `java&#09;script:` is caught too.
 *
 * @param mixed $value Raw value.
 * @return string|null
 */
function cm_widgets_safe_url( $value ) {
	if ( ! is_string( $value ) ) {
		return null;
	}
	$url = html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	$url = preg_replace( '/^[\x00-\x20]+|[\x00-\x20]+$|[\t\n\r]/', '', $url );
	if ( '' === $url || strlen( $url ) > 2048 || preg_match( '/[\x00-\x1f\x7f<>"]/', $url ) ) {
		return null;
	}
	// A scheme is letters, digits, +, - and . before the first colon, if that colon comes
	// before any /, ? or #; otherwise the URL is relative.
	if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $url, $match ) ) {
		$http = in_array( strtolower( $match[1] ), array( 'http', 'https' ), true );
		return $http && '' !== esc_url_raw( $url, array( 'http', 'https' ) ) ? $url : null;
	}
	// Relative: a path, a query or a fragment. Anything else first (a curly quote that
	// wptexturize put before a scheme, say) is refused rather than taken for a file name.
	return preg_match( '#^(?:[/?\#.]|[\p{L}\p{N}_~%-])#u', $url ) ? $url : null;
}

/**
 * A URL that passed cm_widgets_safe_url(), escaped for an HTML attribute. esc_url() would
 * turn a path-relative URL (`feeds/content.json`) into `http://feeds/content.json`, so it
 * is used for absolute URLs only; a relative one (no scheme, checked) is escaped as text.
 *
 * @param string $url A safe URL.
 * @return string
 */
function cm_widgets_esc_url( $url ) {
	return preg_match( '#^https?:#i', $url ) ? esc_url( $url, array( 'http', 'https' ) ) : esc_attr( $url );
}

/**
 * Plain text on one line: controls removed, whitespace collapsed, cut at the type's
 * maximum length. Markup is kept as characters and escaped on output (it shows as text).
 *
 * @param mixed $value Raw value.
 * @param int   $max   Maximum length in characters.
 * @return string|null
 */
function cm_widgets_clean_text( $value, $max = 5000 ) {
	if ( ! is_string( $value ) && ! is_int( $value ) && ! is_float( $value ) ) {
		return null;
	}
	$text = wp_check_invalid_utf8( (string) $value );
	$text = preg_replace( '/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/', '', $text );
	$text = trim( preg_replace( '/\s+/u', ' ', $text ) ?? '' );
	if ( '' === $text ) {
		return null;
	}
	return function_exists( 'mb_substr' ) ? mb_substr( $text, 0, $max ) : substr( $text, 0, $max );
}

/**
 * One attribute value, validated against its description in elements.json.
 *
 * @param array $spec  The attribute's description.
 * @param mixed $value Raw value (a block attribute, or a shortcode attribute string).
 * @return string|int|bool|null The clean value, or null to leave the attribute out.
 */
function cm_widgets_sanitize_value( $spec, $value ) {
	$types = cm_widgets_spec()['types'];
	$type  = $spec['type'];
	switch ( $type ) {
		case 'url':
			return cm_widgets_safe_url( $value );
		case 'text':
		case 'textarea':
			return cm_widgets_clean_text( $value, $types[ $type ]['maxLength'] ?? 5000 );
		case 'integer':
			if ( is_string( $value ) ) {
				$value = trim( $value );
				if ( ! preg_match( '/^-?\d{1,10}$/', $value ) ) {
					return null;
				}
				$value = (int) $value;
			}
			if ( ! is_int( $value ) && ! ( is_float( $value ) && floor( $value ) === $value ) ) {
				return null;
			}
			$value = (int) $value;
			if ( ( isset( $spec['min'] ) && $value < $spec['min'] ) || ( isset( $spec['max'] ) && $value > $spec['max'] ) ) {
				return null;
			}
			return $value;
		case 'boolean':
			if ( is_bool( $value ) ) {
				return $value;
			}
			if ( is_string( $value ) || is_int( $value ) ) {
				$word = strtolower( trim( (string) $value ) );
				if ( in_array( $word, array( '', '1', 'true', 'yes', 'on' ), true ) ) {
					return true;
				}
				if ( in_array( $word, array( '0', 'false', 'no', 'off' ), true ) ) {
					return false;
				}
			}
			return null;
		case 'enum':
			return is_string( $value ) && isset( $spec['options'][ trim( $value ) ] ) ? trim( $value ) : null;
		case 'id':
		case 'datetime':
			$value = cm_widgets_clean_text( $value, 64 );
			return null !== $value && preg_match( '/' . str_replace( '/', '\/', $types[ $type ]['pattern'] ) . '/', $value ) ? $value : null;
		default:
			// JSON lists and unknown types are refused: the plugin never passes markup or
			// structures it has not checked field by field.
			return null;
	}
}

/**
 * Validates a set of element attributes: unknown names, JSON lists and invalid values are
 * dropped.
 *
 * @param string $name   Element short name.
 * @param array  $values Element attribute name => raw value.
 * @return array Element attribute name => clean value.
 */
function cm_widgets_sanitize_attributes( $name, $values ) {
	$element = cm_widgets_element( $name );
	$clean   = array();
	if ( ! $element ) {
		return $clean;
	}
	foreach ( cm_widgets_editable_attributes( $element ) as $attribute => $spec ) {
		if ( ! array_key_exists( $attribute, $values ) || null === $values[ $attribute ] ) {
			continue;
		}
		$value = cm_widgets_sanitize_value( $spec, $values[ $attribute ] );
		// A false boolean is the element's default: leave the attribute out.
		if ( null !== $value && false !== $value ) {
			$clean[ $attribute ] = $value;
		}
	}
	return $clean;
}

/**
 * A theme token value for a CSS custom property, or null. Each kind accepts a narrow
 * grammar, and nothing that could end the declaration, the rule or the style element.
 *
 * @param string $kind  `color`, `length`, `font` or `outline`.
 * @param mixed  $value Raw value.
 * @return string|null
 */
function cm_widgets_sanitize_token( $kind, $value ) {
	if ( ! is_string( $value ) ) {
		return null;
	}
	$value = trim( preg_replace( '/\s+/', ' ', $value ) ?? '' );
	if ( '' === $value || strlen( $value ) > 200 || preg_match( '/[;{}<>\\\\@]|\/\*|url\s*\(/i', $value ) ) {
		return null;
	}
	$color   = '(?:#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|[a-z]{3,20}|(?:rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\([0-9.,%\s\/a-z+-]{1,60}\))';
	$length  = '(?:0|-?\d*\.?\d+(?:px|rem|em|%|ch|ex|vw|vh|pt))';
	$grammar = array(
		'color'   => '/^' . $color . '$/i',
		'length'  => '/^' . $length . '$/i',
		'font'    => '/^[\p{L}\p{N} ,"\'\-]{1,200}$/u',
		'outline' => '/^(?:(?:' . $length . '|none|solid|dashed|dotted|double|auto|' . $color . ')\s?){1,4}$/i',
	);
	return isset( $grammar[ $kind ] ) && preg_match( $grammar[ $kind ], $value ) ? $value : null;
}
