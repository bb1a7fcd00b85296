<?php
/**
 * The test site, as a city's web team would set it up: theme Twenty Twenty-Three, French,
 * the plugin installed FROM THE ZIP by WordPress's own Plugin_Upgrader and activated, an
 * Author, and the Author's posts saved with kses on (no unfiltered_html). Prints JSON.
 */

require __DIR__ . '/cli.php';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

$cm_out = array( 'checks' => array() );
$cm_check = static function ( $name, $ok, $detail = '' ) use ( &$cm_out ) {
	$cm_out['checks'][] = array( 'name' => $name, 'ok' => (bool) $ok, 'detail' => $detail );
};

wp_set_current_user( 1 );
update_option( 'WPLANG', 'fr_FR' );
update_option( 'timezone_string', 'America/Toronto' );
update_option( 'permalink_structure', '' );
switch_theme( 'twentytwentythree' );
$cm_check( 'theme Twenty Twenty-Three is active', 'twentytwentythree' === get_stylesheet() && wp_get_theme()->exists(), get_stylesheet() );

// The plugin, from the zip, as Plugins → Add New → Upload does.
$cm_skin     = new Automatic_Upgrader_Skin();
$cm_upgrader = new Plugin_Upgrader( $cm_skin );
$cm_result   = $cm_upgrader->install( getenv( 'CM_WP_ZIP' ) );
$cm_check( 'the zip installs with Plugin_Upgrader', true === $cm_result, is_wp_error( $cm_result ) ? $cm_result->get_error_message() : implode( ' | ', $cm_skin->get_upgrade_messages() ) );
$cm_activated = activate_plugin( 'cm-widgets/cm-widgets.php' );
$cm_check( 'the plugin activates', null === $cm_activated && is_plugin_active( 'cm-widgets/cm-widgets.php' ), is_wp_error( $cm_activated ) ? $cm_activated->get_error_message() : '' );
$cm_data = get_plugin_data( WP_PLUGIN_DIR . '/cm-widgets/cm-widgets.php', false, false );
$cm_check( 'plugin header: Requires at least 6.1, Requires PHP 8.1', '6.1' === $cm_data['RequiresWP'] && '8.1' === $cm_data['RequiresPHP'], $cm_data['RequiresWP'] . ' / ' . $cm_data['RequiresPHP'] );

// The Author.
$cm_author = wp_insert_user(
	array(
		'user_login' => 'autrice',
		'user_pass'  => getenv( 'CM_WP_AUTHOR_PASS' ),
		'user_email' => 'autrice@example.org',
		'role'       => 'author',
	)
);
wp_set_current_user( $cm_author );
kses_init(); // As WordPress does at init for the user of the request.
$cm_check(
	'the Author has no unfiltered_html and kses filters her posts',
	! current_user_can( 'unfiltered_html' ) && current_user_can( 'publish_posts' ) && false !== has_filter( 'content_save_pre', 'wp_filter_post_kses' )
);

$cm_feed = '/wp-content/uploads/cm-test/content.json';
$cm_posts = array(
	'blocks'            => array(
		'Widgets en blocs',
		"<!-- wp:paragraph -->\n<p>Tous les widgets, en blocs.</p>\n<!-- /wp:paragraph -->\n\n"
		. '<!-- wp:citiesofmigration/featured-story {"src":"' . $cm_feed . '","storyId":"two-cheers","headingLevel":2} /-->' . "\n\n"
		. '<!-- wp:citiesofmigration/quote-rotator {"autoplay":true,"interval":9000} /-->' . "\n\n"
		. '<!-- wp:citiesofmigration/webinar-card {"webinarId":"urban-resilience"} /-->' . "\n\n"
		. '<!-- wp:citiesofmigration/ideas-index {"id":"idees","pageSize":12,"syncUrl":true,"className":"ma-classe"} /-->' . "\n\n"
		. '<!-- wp:citiesofmigration/ideas-map {"for":"idees"} /-->',
	),
	'classic'           => array(
		'Widgets en codes courts',
		"Tous les widgets, en codes courts, dans l’éditeur classique.\n\n"
		. "[cm_featured_story story_id=\"toronto-the-good\"]\n\n"
		. "[cm_quote_rotator src=\"$cm_feed\" autoplay interval=\"9000\"]\n\n"
		. "[cm_webinar_card heading=\"Un webinaire saisi à la main\" href=\"https://citiesofmigration.ca/webinars/\" summary=\"Résumé du webinaire saisi.\" date=\"2027-03-18T12:00:00-04:00\" duration=\"60\" kind=\"featured\"]\n\n"
		. "[cm_ideas_index id=\"index\" page_size=\"5\"]\n\n"
		. "[cm_ideas_map for=\"index\"]\n\n"
		. "Un article dans le texte : [cm_featured_story story_id=\"pulse-of-diversity\"] et la suite du paragraphe.\nUne deuxième ligne.",
	),
	'hostileBlocks'     => array(
		'Attributs hostiles (blocs)',
		'<!-- wp:citiesofmigration/featured-story {"src":"javascript:alert(document.domain)","heading":"\u003cimg src=x onerror=window.__cmPwned=1\u003e\u003cb\u003eTitre en gras\u003c/b\u003e \u0022 onmouseover=\u0022window.__cmPwned=2","href":"https://example.org/histoire","headingLevel":9} /-->' . "\n\n"
		. '<!-- wp:citiesofmigration/featured-story {"src":" JaVaScRiPt:alert(1)","storyId":"two-cheers"} /-->' . "\n\n"
		. '<!-- wp:citiesofmigration/ideas-map {"for":"x\u0022 onfocus=\u0022window.__cmPwned=3","label":"\u003c/cm-ideas-map\u003e\u003cscript\u003ewindow.__cmPwned=4\u003c/script\u003e"} /-->',
	),
	'hostileShortcodes' => array(
		'Attributs hostiles (codes courts)',
		"[cm_featured_story src=\"javascript:alert(document.domain)\" story_id=\"two-cheers\"]\n\n"
		. "[cm_featured_story heading='Titre \" onmouseover=\"window.__cmPwned=5\" data-x=\"' href=\"java&#x09;script:alert(1)\" heading_level=\"9\"]\n\n"
		. "[cm_webinar_card kind=\"<b>evil</b>\" heading=\"<script>window.__cmPwned=6</script>Webinaire <b>gras</b>\" href=\"https://example.org/w\" video=\"javascript:alert(1)\" speakers='[{\"name\":\"<img src=x onerror=window.__cmPwned=7>\"}]']\n\n"
		. "[cm_quote_rotator quotes='[{\"text\":\"<img src=x onerror=window.__cmPwned=8>\",\"author\":\"X\"}]' interval=\"10\"]\n\n"
		. "[cm_ideas_index page_size=\"100000\" heading_level=\"2 onclick=alert(1)\" src=\"data:application/json,{}\"]",
	),
	'mixed'             => array(
		'Codes courts dans des blocs',
		"<!-- wp:paragraph -->\n<p>Dans un paragraphe : [cm_featured_story src=\"$cm_feed\" story_id=\"toronto-the-good\"] et après.</p>\n<!-- /wp:paragraph -->\n\n"
		. "<!-- wp:shortcode -->\n[cm_webinar_card src=\"$cm_feed\" webinar_id=\"irregular-status\" kind=\"video\"]\n<!-- /wp:shortcode -->",
	),
	'plain'             => array( 'Sans widget', "Une page sans aucun widget.\n\nRien d’autre." ),
);
foreach ( $cm_posts as $cm_key => $cm_post ) {
	$cm_id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $cm_post[0],
				'post_content' => $cm_post[1],
				'post_status'  => 'publish',
				'post_type'    => 'post',
				'post_author'  => $cm_author,
			)
		),
		true
	);
	if ( is_wp_error( $cm_id ) ) {
		$cm_check( "the Author saves “{$cm_post[0]}”", false, $cm_id->get_error_message() );
		continue;
	}
	$cm_out['posts'][ $cm_key ] = array(
		'id'  => $cm_id,
		'url' => get_permalink( $cm_id ),
	);
}
$cm_saved = get_post_field( 'post_content', $cm_out['posts']['hostileShortcodes']['id'] ?? 0 );
$cm_check( 'kses acted on the Author’s post (its <script> is gone)', is_string( $cm_saved ) && '' !== $cm_saved && ! str_contains( $cm_saved, '<script' ), $cm_saved );

$cm_out['author'] = $cm_author;
echo wp_json_encode( $cm_out ), "\n";
