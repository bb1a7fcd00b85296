<?php
/**
 * For the test's PHP scripts run from the command line: the request WordPress expects,
 * for the site the test serves (CM_WP_PORT), with the test's Debian config.
 */

$cm_port                     = (int) getenv( 'CM_WP_PORT' );
$_SERVER['HTTP_HOST']        = '127.0.0.1:' . $cm_port;
$_SERVER['SERVER_NAME']      = '127.0.0.1';
$_SERVER['SERVER_PORT']      = $cm_port;
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';
$_SERVER['WORDPRESS_CONFIG'] = 'cm-widgets-test';
