<?php
/**
 * The plugin's validation and HTML helpers, called directly inside the test's WordPress
 * (plugin active, site in French). Prints JSON: one result per case.
 */

require __DIR__ . '/cli.php';
require '/usr/share/wordpress/wp-load.php';

$cm_results = array();
$cm_same    = static function ( $name, $actual, $expected ) use ( &$cm_results ) {
	$cm_results[] = array(
		'name'   => $name,
		'ok'     => $actual === $expected,
		'detail' => 'got ' . var_export( $actual, true ) . ', expected ' . var_export( $expected, true ),
	);
};

// URLs: http(s) or relative, as the browser would read them.
$cm_urls = array(
	'https://citiesofmigration.ca/feed.json' => 'https://citiesofmigration.ca/feed.json',
	'/wp-content/uploads/content.json'       => '/wp-content/uploads/content.json',
	'feeds/content.json'                     => 'feeds/content.json',
	'//cdn.example.org/feed.json'            => '//cdn.example.org/feed.json',
	'?feed=json&amp;lang=fr'                 => '?feed=json&lang=fr',
	' JaVaScRiPt:alert(1)'                   => null,
	"java\tscript:alert(1)"                  => null,
	'java&#x09;script:alert(1)'              => null,
	'&#106;avascript:alert(1)'               => null,
	'data:application/json,{}'               => null,
	'vbscript:msgbox(1)'                     => null,
	'”https://example.org/'                  => null,
	'"><script>alert(1)</script>'            => null,
	''                                       => null,
);
foreach ( $cm_urls as $cm_in => $cm_out ) {
	$cm_same( 'URL ' . json_encode( $cm_in ), cm_widgets_safe_url( $cm_in ), $cm_out );
}
$cm_same( 'a relative URL is escaped as it is (esc_url would prefix http://)', cm_widgets_esc_url( 'feeds/content.json' ), 'feeds/content.json' );
$cm_same( 'an absolute URL goes through esc_url', cm_widgets_esc_url( "https://e.org/a'b" ), 'https://e.org/a&#039;b' );

// Attributes, by type.
$cm_story = cm_widgets_element( 'featured-story' )['attributes'];
$cm_rot   = cm_widgets_element( 'quote-rotator' )['attributes'];
$cm_web   = cm_widgets_element( 'webinar-card' )['attributes'];
$cm_index = cm_widgets_element( 'ideas-index' )['attributes'];
$cm_cases = array(
	array( 'heading-level "2"', $cm_story['heading-level'], '2', 2 ),
	array( 'heading-level " 6 "', $cm_story['heading-level'], ' 6 ', 6 ),
	array( 'heading-level 7', $cm_story['heading-level'], 7, null ),
	array( 'heading-level "2 onclick=x"', $cm_story['heading-level'], '2 onclick=x', null ),
	array( 'heading-level 3.5', $cm_story['heading-level'], 3.5, null ),
	array( 'interval 2999', $cm_rot['interval'], '2999', null ),
	array( 'interval 3000', $cm_rot['interval'], '3000', 3000 ),
	array( 'page-size 0', $cm_index['page-size'], '0', null ),
	array( 'page-size 200', $cm_index['page-size'], 200, 200 ),
	array( 'autoplay written alone', $cm_rot['autoplay'], '', true ),
	array( 'autoplay "false"', $cm_rot['autoplay'], 'false', false ),
	array( 'autoplay "maybe"', $cm_rot['autoplay'], 'maybe', null ),
	array( 'kind "video"', $cm_web['kind'], 'video', 'video' ),
	array( 'kind "evil"', $cm_web['kind'], 'evil', null ),
	array( 'date with offset', $cm_web['date'], '2027-03-18T12:00:00-04:00', '2027-03-18T12:00:00-04:00' ),
	array( 'date "tomorrow"', $cm_web['date'], 'tomorrow', null ),
	array( 'id "idees"', $cm_index['id'], 'idees', 'idees' ),
	array( 'id "a b"', $cm_index['id'], 'a b', null ),
	array( 'id "1abc"', $cm_index['id'], '1abc', null ),
	array( 'text keeps markup as characters, on one line', $cm_story['heading'], "<b>A</b>\n  B", '<b>A</b> B' ),
	array( 'text as an array is refused', $cm_story['heading'], array( 'x' ), null ),
	array( 'JSON lists are refused', $cm_rot['quotes'], '[{"text":"x","author":"y"}]', null ),
);
foreach ( $cm_cases as $cm_case ) {
	$cm_same( 'attribute ' . $cm_case[0], cm_widgets_sanitize_value( $cm_case[1], $cm_case[2] ), $cm_case[3] );
}
$cm_same(
	'unknown names and JSON lists are dropped; false booleans left out',
	cm_widgets_sanitize_attributes(
		'quote-rotator',
		array(
			'quotes'   => '[]',
			'onclick'  => 'x',
			'autoplay' => false,
			'label'    => 'Maires',
		)
	),
	array( 'label' => 'Maires' )
);
$cm_same(
	'shortcode attributes: _ for -, a bare word is true, wpautop’s <br /> is not a name',
	cm_widgets_shortcode_values(
		array(
			0          => 'autoplay',
			'story_id' => 'x',
			1          => '<br',
			2          => '/>',
		)
	),
	array(
		'autoplay' => true,
		'story-id' => 'x',
	)
);

// Theme tokens.
$cm_tokens = array(
	array( 'color', '#00657a', '#00657a' ),
	array( 'color', 'rebeccapurple', 'rebeccapurple' ),
	array( 'color', 'rgb(0 101 122 / 80%)', 'rgb(0 101 122 / 80%)' ),
	array( 'color', 'red;}body{display:none', null ),
	array( 'color', 'url(https://e.org/x)', null ),
	array( 'length', '0.5rem', '0.5rem' ),
	array( 'length', '0', '0' ),
	array( 'length', '1rem;', null ),
	array( 'font', 'Georgia, "Times New Roman", serif', 'Georgia, "Times New Roman", serif' ),
	array( 'font', 'x</style><script>', null ),
	array( 'outline', '3px solid #00657a', '3px solid #00657a' ),
	array( 'outline', '3px solid red}', null ),
);
foreach ( $cm_tokens as $cm_token ) {
	$cm_same( "token {$cm_token[0]} " . json_encode( $cm_token[1] ), cm_widgets_sanitize_token( $cm_token[0], $cm_token[1] ), $cm_token[2] );
}

// Paragraphs around widgets (classic content after wpautop and shortcodes).
$cm_unwrap = array(
	'inline, text on both sides' => array( '<p>Voir <cm-featured-story src="/f"><h3>T</h3><p>S</p></cm-featured-story> et la suite.</p>', '<p>Voir</p><cm-featured-story src="/f"><h3>T</h3><p>S</p></cm-featured-story><p>et la suite.</p>' ),
	'alone in a paragraph'       => array( '<p><cm-quote-rotator src="/f"><blockquote><p>Q</p></blockquote></cm-quote-rotator></p>', '<cm-quote-rotator src="/f"><blockquote><p>Q</p></blockquote></cm-quote-rotator>' ),
	'two in one paragraph'       => array( '<p class="x">a <cm-ideas-map></cm-ideas-map><br /> <cm-ideas-map></cm-ideas-map> b</p>', '<p class="x">a</p><cm-ideas-map></cm-ideas-map><cm-ideas-map></cm-ideas-map><p class="x">b</p>' ),
	'not in a paragraph'         => array( '<p>a</p><cm-featured-story><h3>T</h3><p>S</p></cm-featured-story><p>b</p>', '<p>a</p><cm-featured-story><h3>T</h3><p>S</p></cm-featured-story><p>b</p>' ),
	'other custom elements'      => array( '<p>a <cm-other>x</cm-other> b</p>', '<p>a <cm-other>x</cm-other> b</p>' ),
);
foreach ( $cm_unwrap as $cm_name => $cm_pair ) {
	$cm_same( "unwrap: $cm_name", cm_widgets_unwrap_paragraphs( $cm_pair[0] ), $cm_pair[1] );
}

// Feed texts in the page language (fr-FR).
$cm_same( 'page language', cm_widgets_page_lang(), 'fr-FR' );
$cm_same( 'text: the page language first', cm_widgets_string( array( 'en' => 'A', 'fr' => 'B' ) ), 'B' );
$cm_same( 'text: then a tag of the same base', cm_widgets_string( array( 'en' => 'A', 'fr-CA' => 'C' ) ), 'C' );
$cm_same( 'text: then English', cm_widgets_string( array( 'de' => 'D', 'en' => 'A' ) ), 'A' );
$cm_same( 'text: then the first', cm_widgets_string( array( 'de' => 'D', 'es' => 'E' ) ), 'D' );
$cm_same( 'text: markup dropped, entities decoded', cm_widgets_string( '<p>Q&amp;A <script>x()</script>ok</p>' ), 'Q&A ok' );

// Whole widgets.
$cm_html = cm_widgets_render(
	'featured-story',
	array(
		'heading' => "Titre <b>\n gras</b>",
		'summary' => "Ligne 1\n\nLigne 2",
		'href'    => 'https://example.org/a?b=1&c=2',
		'src'     => 'javascript:alert(1)',
	)
);
$cm_same(
	'render: one line, escaped, bad src dropped',
	$cm_html,
	'<cm-featured-story heading="Titre &lt;b&gt; gras&lt;/b&gt;" href="https://example.org/a?b=1&#038;c=2" summary="Ligne 1 Ligne 2"><h3><a href="https://example.org/a?b=1&#038;c=2">Titre &lt;b&gt; gras&lt;/b&gt;</a></h3><p>Ligne 1 Ligne 2</p></cm-featured-story>'
);
// Run before the administrator sets a default feed: a widget with no content writes nothing.
$cm_same( 'render: no feed and no content, nothing written', cm_widgets_render( 'ideas-index', array( 'src' => 'javascript:x' ) ), '' );
$cm_same( 'render: unknown element', cm_widgets_render( 'no-such-thing', array( 'src' => '/f' ) ), '' );

echo wp_json_encode( $cm_results ), "\n";
