<?php
/**
 * Router for PHP's built-in server running Debian's WordPress package: picks
 * this site's config file (/etc/wordpress/config-NAME.php, see
 * /usr/share/doc/wordpress/README.Debian) and serves /wp-content from the
 * site's own content folder, as Apache's alias does on a real install.
 */
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );

$path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( 0 !== strpos( $path, '/wp-content/' ) ) {
	return false;
}

$types = array(
	'js'    => 'text/javascript',
	'json'  => 'application/json',
	'css'   => 'text/css',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'jpg'   => 'image/jpeg',
	'woff2' => 'font/woff2',
	'txt'   => 'text/plain',
);
$root = realpath( getenv( 'KYR_WP_CONTENT' ) );
$file = realpath( $root . substr( $path, strlen( '/wp-content' ) ) );
$ext  = strtolower( pathinfo( (string) $file, PATHINFO_EXTENSION ) );
// Only files inside the content folder (themes may be a link to the package's own), never PHP source.
$inside = $file && is_file( $file ) && ( 0 === strpos( $file, $root . '/' ) || 0 === strpos( $file, '/usr/share/wordpress/wp-content/' ) );
if ( ! $inside || ! isset( $types[ $ext ] ) ) {
	http_response_code( 404 );
	header( 'Content-Type: text/plain' );
	echo 'Not found';
	return true;
}
header( 'Content-Type: ' . $types[ $ext ] );
header( 'Content-Length: ' . filesize( $file ) );
readfile( $file );
return true;
