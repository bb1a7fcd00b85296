<?php
/**
 * Server rendering, shared by the blocks and the shortcodes: the element with its
 * sanitized attributes and, inside it, the fallback HTML in the format the element reads
 * (README: each element's HTML children). Everything is built from validated values and
 * escaped here; nothing an editor typed reaches the page as markup. The output is one line,
 * so wpautop has no line break to turn into a paragraph.
 *
 * @package CmWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The HTML of one widget.
 *
 * @param string $name    Element short name (`featured-story`).
 * @param array  $values  Element attribute name => raw value (validated here).
 * @param string $wrapper Extra attributes, already escaped (a block's wrapper attributes).
 * @return string Empty when there is nothing to show.
 */
function cm_widgets_render( $name, $values, $wrapper = '' ) {
	$element = cm_widgets_element( $name );
	if ( ! $element ) {
		return '';
	}
	$attributes = cm_widgets_sanitize_attributes( $name, $values );
	$local      = array_intersect_key( $attributes, array_flip( $element['localContent'] ?? array() ) );

	// Blocks and shortcodes without a feed URL use the site's default feed, unless the
	// content is given in the attributes themselves.
	if ( isset( $element['attributes']['src'] ) && ! isset( $attributes['src'] ) && ! $local ) {
		$default = cm_widgets_safe_url( cm_widgets_get_settings()['feed_url'] );
		if ( null !== $default ) {
			$attributes['src'] = $default;
		}
	}
	if ( ! isset( $attributes['src'] ) && ! $local ) {
		return '';
	}
	// In the editor's preview, an index must not write its search into the editor's address.
	if ( cm_widgets_is_editor_preview() ) {
		unset( $attributes['sync-url'] );
	}

	$fallback = cm_widgets_fallback( $name, $element, $attributes, $local );
	cm_widgets_use_assets();

	$html = '<' . $element['tag'];
	if ( '' !== trim( $wrapper ) ) {
		$html .= ' ' . trim( $wrapper );
	}
	foreach ( $attributes as $attribute => $value ) {
		$html .= ' ' . $attribute;
		if ( true === $value ) {
			continue;
		}
		$html .= '="' . ( 'url' === $element['attributes'][ $attribute ]['type'] ? cm_widgets_esc_url( $value ) : esc_attr( (string) $value ) ) . '"';
	}
	return $html . '>' . $fallback . '</' . $element['tag'] . '>';
}

/**
 * The fallback HTML inside the element.
 *
 * @param string $name       Element short name.
 * @param array  $element    The element's description.
 * @param array  $attributes Clean attributes.
 * @param array  $local      The attributes that give the content themselves (cards).
 * @return string
 */
function cm_widgets_fallback( $name, $element, $attributes, $local ) {
	$level = (int) ( $attributes['heading-level'] ?? 3 );
	$items = array();
	if ( ! $local && isset( $attributes['src'] ) ) {
		$items = cm_widgets_feed_items( cm_widgets_fetch_feed( $attributes['src'] ), $element['feed'] );
		if ( isset( $element['itemId'] ) ) {
			$items = cm_widgets_select_item( $items, $attributes[ $element['itemId'] ] ?? null );
		}
	}
	switch ( $name ) {
		case 'featured-story':
			$story = $local ? cm_widgets_card_from_attributes( $attributes ) : cm_widgets_card_from_item( $items[0] ?? null );
			return cm_widgets_card_html( $story, $level );
		case 'webinar-card':
			$webinar = $local ? cm_widgets_card_from_attributes( $attributes ) : cm_widgets_card_from_item( $items[0] ?? null );
			return cm_widgets_card_html( $webinar, $level );
		case 'quote-rotator':
			return implode( '', array_map( 'cm_widgets_quote_html', $items ) );
		case 'ideas-index':
			$list = implode( '', array_map( static fn( $idea ) => cm_widgets_idea_html( $idea, $level ), $items ) );
			return '' === $list ? '' : '<ul>' . $list . '</ul>';
		case 'ideas-map':
			return cm_widgets_cities_html( $items );
		default:
			/**
			 * Filters the fallback HTML of an element this plugin has no fallback for.
			 *
			 * @param string $html       Escaped HTML. Default empty.
			 * @param string $name       Element short name.
			 * @param array  $attributes Clean attributes.
			 * @param array  $items      The feed items of the element's kind.
			 */
			return (string) apply_filters( 'cm_widgets_fallback_html', '', $name, $attributes, $items );
	}
}

/**
 * The item with the given id, else (no id given) the first item; none when the id is not
 * in the feed (the element then says so).
 *
 * @param array       $items Feed items.
 * @param string|null $id    Wanted id.
 * @return array
 */
function cm_widgets_select_item( $items, $id ) {
	if ( null === $id ) {
		return array_slice( $items, 0, 1 );
	}
	foreach ( $items as $item ) {
		if ( isset( $item['id'] ) && (string) $item['id'] === $id ) {
			return array( $item );
		}
	}
	return array();
}

/**
 * A story or webinar from the block's or shortcode's own attributes.
 *
 * @param array $attributes Clean attributes.
 * @return array
 */
function cm_widgets_card_from_attributes( $attributes ) {
	return array(
		'title'    => $attributes['heading'] ?? ( $attributes['href'] ?? '' ),
		'url'      => $attributes['href'] ?? null,
		'summary'  => $attributes['summary'] ?? '',
		'image'    => $attributes['image'] ?? ( $attributes['poster'] ?? null ),
		'alt'      => $attributes['image-alt'] ?? '',
		'video'    => $attributes['video'] ?? null,
		'date'     => $attributes['date'] ?? null,
		'speakers' => array(),
	);
}

/**
 * A story or webinar from a feed item, or null when it lacks a title.
 *
 * @param array|null $item Feed item.
 * @return array|null
 */
function cm_widgets_card_from_item( $item ) {
	if ( ! is_array( $item ) ) {
		return null;
	}
	$speakers = array();
	foreach ( (array) ( $item['speakers'] ?? array() ) as $speaker ) {
		$line = is_array( $speaker )
			? array_filter( array( cm_widgets_string( $speaker['name'] ?? '' ), cm_widgets_string( $speaker['role'] ?? '' ), cm_widgets_string( $speaker['organization'] ?? '' ) ) )
			: array( cm_widgets_string( $speaker ) );
		if ( $line ) {
			$speakers[] = implode( ', ', $line );
		}
	}
	return array(
		'title'    => cm_widgets_string( $item['title'] ?? '' ),
		'url'      => cm_widgets_safe_url( $item['url'] ?? null ),
		'summary'  => cm_widgets_string( $item['summary'] ?? '' ),
		'image'    => cm_widgets_safe_url( $item['image'] ?? ( $item['poster'] ?? null ) ),
		'alt'      => cm_widgets_string( $item['imageAlt'] ?? '' ),
		'video'    => cm_widgets_safe_url( $item['video'] ?? null ),
		'date'     => is_string( $item['date'] ?? null ) ? $item['date'] : null,
		'speakers' => array_slice( $speakers, 0, 20 ),
	);
}

/**
 * A card's fallback: its title (a link when it has one) as a heading, the summary, the
 * date, the speakers, a link to the video, the image. The elements read the same parts.
 *
 * @param array|null $card  From cm_widgets_card_from_*().
 * @param int        $level Heading level, 2 to 6.
 * @return string
 */
function cm_widgets_card_html( $card, $level ) {
	if ( ! $card || '' === $card['title'] ) {
		return '';
	}
	$title = esc_html( $card['title'] );
	if ( $card['url'] ) {
		$title = '<a href="' . cm_widgets_esc_url( $card['url'] ) . '">' . $title . '</a>';
	}
	$html = sprintf( '<h%1$d>%2$s</h%1$d>', $level, $title );
	if ( '' !== $card['summary'] ) {
		$html .= '<p>' . esc_html( $card['summary'] ) . '</p>';
	}
	$date = cm_widgets_date_html( $card['date'] );
	if ( '' !== $date ) {
		$html .= '<p>' . $date . '</p>';
	}
	if ( $card['speakers'] ) {
		$html .= '<ul>' . implode( '', array_map( static fn( $line ) => '<li>' . esc_html( $line ) . '</li>', $card['speakers'] ) ) . '</ul>';
	}
	if ( $card['video'] ) {
		$html .= '<p><a href="' . cm_widgets_esc_url( $card['video'] ) . '">' . esc_html__( 'Watch the video', 'cm-widgets' ) . '</a></p>';
	}
	if ( $card['image'] ) {
		// Lazy: once the element renders, this copy is not displayed and is then never fetched.
		$html .= '<img src="' . cm_widgets_esc_url( $card['image'] ) . '" alt="' . esc_attr( $card['alt'] ) . '" loading="lazy" decoding="async">';
	}
	return $html;
}

/**
 * A `<time>` for an ISO 8601 date, in the site's date (and time) format and time zone.
 *
 * @param string|null $value ISO 8601 date or date-time.
 * @return string
 */
function cm_widgets_date_html( $value ) {
	if ( ! is_string( $value ) || ! preg_match( '/^\d{4}-\d{2}-\d{2}/', $value ) ) {
		return '';
	}
	$all_day = 10 === strlen( $value );
	try {
		$date = new DateTimeImmutable( $value, $all_day ? wp_timezone() : null );
	} catch ( Exception $e ) {
		return '';
	}
	// An all-day date is that day wherever the visitor is; a time is shown in the site's zone, named.
	$format = get_option( 'date_format' ) . ( $all_day ? '' : ' ' . get_option( 'time_format' ) . ' T' );
	$text   = wp_date( $format, $date->getTimestamp() );
	return $text ? '<time datetime="' . esc_attr( $value ) . '">' . esc_html( $text ) . '</time>' : '';
}

/**
 * A quote as the rotator reads it: `<blockquote>` with the text, and a footer whose
 * `<cite>` is the author, the rest their role and city. A quote in another language than
 * the page says so (`lang`), for screen readers.
 *
 * @param array $quote Feed item.
 * @return string
 */
function cm_widgets_quote_html( $quote ) {
	$text   = cm_widgets_text( $quote['text'] ?? null );
	$author = cm_widgets_string( $quote['author'] ?? '' );
	if ( ! $text || '' === $author ) {
		return '';
	}
	$lang = $text['lang'] ?? ( is_string( $quote['lang'] ?? null ) ? $quote['lang'] : null );
	$page = strtolower( strtok( cm_widgets_page_lang(), '-' ) );
	$attr = '';
	if ( $lang && preg_match( '/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i', $lang ) && strtolower( strtok( $lang, '-' ) ) !== $page ) {
		$attr .= ' lang="' . esc_attr( $lang ) . '"';
	}
	$url = cm_widgets_safe_url( $quote['url'] ?? null );
	if ( $url ) {
		$attr .= ' cite="' . cm_widgets_esc_url( $url ) . '"';
	}
	$role = array_filter( array_map( 'cm_widgets_string', array( $quote['role'] ?? '', $quote['city'] ?? '', $quote['country'] ?? '' ) ) );
	return '<blockquote' . $attr . '><p>' . esc_html( $text['text'] ) . '</p><footer><cite>' . esc_html( $author ) . '</cite>'
		. ( $role ? esc_html( ', ' . implode( ', ', $role ) ) : '' ) . '</footer></blockquote>';
}

/**
 * An idea as the index reads it: an `<li>` with its place and themes as data attributes,
 * its title as a linked heading and its summary as a paragraph.
 *
 * @param array $idea  Feed item.
 * @param int   $level Heading level.
 * @return string
 */
function cm_widgets_idea_html( $idea, $level ) {
	$title = cm_widgets_string( $idea['title'] ?? '' );
	$url   = cm_widgets_safe_url( $idea['url'] ?? null );
	if ( '' === $title || ! $url ) {
		return '';
	}
	$data = array(
		'id'           => is_scalar( $idea['id'] ?? null ) ? cm_widgets_clean_text( (string) $idea['id'], 200 ) : null,
		'city'         => cm_widgets_string( $idea['city'] ?? '' ),
		'country'      => cm_widgets_string( $idea['country'] ?? '' ),
		'region'       => cm_widgets_string( $idea['region'] ?? '' ),
		'themes'       => implode( ',', array_filter( array_map( static fn( $theme ) => str_replace( ',', ' ', cm_widgets_string( $theme ) ), (array) ( $idea['themes'] ?? array() ) ) ) ),
		'organization' => cm_widgets_string( $idea['organization'] ?? '' ),
		'year'         => is_int( $idea['year'] ?? null ) ? (string) $idea['year'] : '',
	);
	$attr = '';
	foreach ( $data as $key => $value ) {
		if ( null !== $value && '' !== $value ) {
			$attr .= ' data-' . $key . '="' . esc_attr( $value ) . '"';
		}
	}
	$summary = cm_widgets_string( $idea['summary'] ?? '' );
	return '<li' . $attr . '>' . sprintf( '<h%1$d><a href="%2$s">%3$s</a></h%1$d>', $level, cm_widgets_esc_url( $url ), esc_html( $title ) )
		. ( '' !== $summary ? '<p>' . esc_html( $summary ) . '</p>' : '' ) . '</li>';
}

/**
 * The map's text face: the cities that have ideas with coordinates, each with its count
 * and its ideas as links.
 *
 * @param array $ideas Feed items.
 * @return string
 */
function cm_widgets_cities_html( $ideas ) {
	$cities = array();
	foreach ( $ideas as $idea ) {
		$title = cm_widgets_string( $idea['title'] ?? '' );
		$url   = cm_widgets_safe_url( $idea['url'] ?? null );
		$city  = cm_widgets_string( $idea['city'] ?? '' );
		if ( '' === $title || ! $url || '' === $city || ! is_numeric( $idea['lat'] ?? null ) || ! is_numeric( $idea['lng'] ?? null ) ) {
			continue;
		}
		$country                               = cm_widgets_string( $idea['country'] ?? '' );
		$cities[ $city . "\0" . $country ][] = array( $city, $country, $title, $url );
	}
	$html = '';
	foreach ( $cities as $list ) {
		[ $city, $country ] = $list[0];
		$place              = '' !== $country ? $city . ', ' . $country : $city;
		$links              = implode( '', array_map( static fn( $idea ) => '<li><a href="' . cm_widgets_esc_url( $idea[3] ) . '">' . esc_html( $idea[2] ) . '</a></li>', $list ) );
		$html              .= '<li data-city="' . esc_attr( $city ) . '" data-country="' . esc_attr( $country ) . '">'
			/* translators: 1: a city and its country ("Montréal, Canada"), 2: how many good ideas it has. */
			. esc_html( sprintf( _n( '%1$s: %2$s idea', '%1$s: %2$s ideas', count( $list ), 'cm-widgets' ), $place, number_format_i18n( count( $list ) ) ) )
			. '<ul>' . $links . '</ul></li>';
	}
	return '' === $html ? '' : '<ul>' . $html . '</ul>';
}

/**
 * Whether this is the block editor asking for a block's preview (the block-renderer REST route).
 *
 * @return bool
 */
function cm_widgets_is_editor_preview() {
	global $wp;
	$route = is_object( $wp ) && isset( $wp->query_vars['rest_route'] ) ? (string) $wp->query_vars['rest_route'] : '';
	return str_starts_with( $route, '/wp/v2/block-renderer/' );
}
