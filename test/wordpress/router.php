<?php
/**
 * Router for `php -S`, serving Debian's WordPress (/usr/share/wordpress) for the
 * end-to-end test: the test's own wp-content (CM_WP_CONTENT_DIR), the test's config
 * (/etc/wordpress/config-cm-widgets-test.php, chosen by WORDPRESS_CONFIG as Debian's
 * wp-config.php allows), PHP files run as a web server would, everything else to index.php.
 * Top-level code on purpose: WordPress must be required in the global scope.
 */

const ABSPATH_CM = '/usr/share/wordpress';
$_SERVER['WORDPRESS_CONFIG'] = 'cm-widgets-test';
$cm_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( str_contains( $cm_path, "\0" ) || preg_match( '#(^|/)\.\.(/|$)#', $cm_path ) ) {
	http_response_code( 400 );
	return;
}

if ( str_starts_with( $cm_path, '/wp-content/' ) ) {
	$cm_file = getenv( 'CM_WP_CONTENT_DIR' ) . substr( $cm_path, strlen( '/wp-content' ) );
	$cm_type = array(
		'js'    => 'text/javascript; charset=utf-8',
		'css'   => 'text/css; charset=utf-8',
		'json'  => 'application/json; charset=utf-8',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'jpg'   => 'image/jpeg',
		'woff2' => 'font/woff2',
	)[ strtolower( pathinfo( $cm_file, PATHINFO_EXTENSION ) ) ] ?? null;
	if ( ! $cm_type || ! is_file( $cm_file ) ) {
		http_response_code( 404 );
		return;
	}
	header( 'Content-Type: ' . $cm_type );
	header( 'Content-Length: ' . filesize( $cm_file ) );
	readfile( $cm_file );
	return;
}

$cm_script = $cm_path;
if ( is_dir( ABSPATH_CM . $cm_script ) ) {
	$cm_script = rtrim( $cm_script, '/' ) . '/index.php';
}
if ( ! is_file( ABSPATH_CM . $cm_script ) ) {
	$cm_script = '/index.php';
} elseif ( ! str_ends_with( $cm_script, '.php' ) ) {
	return false; // A static file of WordPress itself: the built-in server sends it.
}
$_SERVER['SCRIPT_NAME']     = $cm_script;
$_SERVER['PHP_SELF']        = $cm_script;
$_SERVER['SCRIPT_FILENAME'] = ABSPATH_CM . $cm_script;
chdir( dirname( ABSPATH_CM . $cm_script ) );
require ABSPATH_CM . $cm_script;
