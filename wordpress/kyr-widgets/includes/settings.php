<?php
/**
 * Settings → Know your rights: where the data comes from, and which versions are in use.
 *
 * @package kyr-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The data location an administrator chose, or '' for the data shipped with the plugin.
 *
 * @return string A URL ending in a slash, or ''.
 */
function kyr_widgets_data_src() {
	return (string) get_option( 'kyr_widgets_data_src', '' );
}

/**
 * Registers the one option.
 */
function kyr_widgets_settings_register() {
	register_setting(
		'kyr_widgets',
		'kyr_widgets_data_src',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'kyr_widgets_sanitize_data_src',
		)
	);
}

/**
 * A data location is an http(s) folder URL; anything else is refused with a message.
 *
 * @param string $value What the administrator typed.
 * @return string The URL with a trailing slash, or the previous value.
 */
function kyr_widgets_sanitize_data_src( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$url = esc_url_raw( $value, array( 'https', 'http' ) );
	if ( '' === $url || ! wp_http_validate_url( $url ) ) {
		add_settings_error( 'kyr_widgets_data_src', 'kyr-widgets-data-src', __( 'The data location must be a web address starting with https://, for example https://example.org/kyr/data/.', 'kyr-widgets' ) );
		return kyr_widgets_data_src();
	}
	return trailingslashit( $url );
}

/**
 * Adds the page under Settings.
 */
function kyr_widgets_settings_menu() {
	add_options_page(
		__( 'Know your rights', 'kyr-widgets' ),
		__( 'Know your rights', 'kyr-widgets' ),
		'manage_options',
		'kyr-widgets',
		'kyr_widgets_settings_page'
	);
}

/**
 * The catalog at the data location in use: read from disk for the shipped data,
 * fetched by the server (never by a reader's browser) for another location.
 *
 * @return array{catalog: array|null, error: string}
 */
function kyr_widgets_catalog() {
	$data_src = kyr_widgets_data_src();
	if ( '' === $data_src ) {
		$json = file_get_contents( KYR_WIDGETS_DIR . 'assets/data/catalog.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
		$url  = plugins_url( 'assets/data/catalog.json', KYR_WIDGETS_FILE );
		if ( false === $json ) {
			/* translators: %s: the catalog's address. */
			return array( 'catalog' => null, 'error' => sprintf( __( 'The plugin’s own catalog is missing: %s. Reinstall the plugin.', 'kyr-widgets' ), $url ) );
		}
	} else {
		$url      = $data_src . 'catalog.json';
		$response = wp_remote_get( $url, array( 'timeout' => 10 ) );
		if ( is_wp_error( $response ) ) {
			/* translators: 1: the catalog's address, 2: the reason. */
			return array( 'catalog' => null, 'error' => sprintf( __( 'Could not read %1$s: %2$s', 'kyr-widgets' ), $url, $response->get_error_message() ) );
		}
		$status = wp_remote_retrieve_response_code( $response );
		if ( 200 !== $status ) {
			/* translators: 1: the catalog's address, 2: the HTTP status. */
			return array( 'catalog' => null, 'error' => sprintf( __( 'Could not read %1$s: the server answered %2$d.', 'kyr-widgets' ), $url, $status ) );
		}
		$json = wp_remote_retrieve_body( $response );
	}
	$catalog = json_decode( $json, true );
	if ( ! is_array( $catalog ) || ! isset( $catalog['jurisdictions'] ) || ! is_array( $catalog['jurisdictions'] ) ) {
		/* translators: %s: the catalog's address. */
		return array( 'catalog' => null, 'error' => sprintf( __( '%s is not a kyr-widgets catalog (made by “kyr-content build”).', 'kyr-widgets' ), $url ) );
	}
	return array( 'catalog' => $catalog, 'error' => '' );
}

/**
 * The settings page.
 */
function kyr_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$data_src = kyr_widgets_data_src();
	$result   = kyr_widgets_catalog();
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php settings_fields( 'kyr_widgets' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="kyr_widgets_data_src"><?php esc_html_e( 'Data location', 'kyr-widgets' ); ?></label></th>
					<td>
						<input type="url" class="regular-text code" id="kyr_widgets_data_src" name="kyr_widgets_data_src" value="<?php echo esc_attr( $data_src ); ?>" placeholder="<?php echo esc_attr( plugins_url( 'assets/data/', KYR_WIDGETS_FILE ) ); ?>" aria-describedby="kyr-widgets-data-src-help">
						<p class="description" id="kyr-widgets-data-src-help"><?php esc_html_e( 'Leave empty to use the data that comes with the plugin. An organisation that publishes its own content (with “kyr-content build”) puts the address of that data folder here. Readers’ browsers fetch the data from this address, so keep it on your own site.', 'kyr-widgets' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
		<h2><?php esc_html_e( 'Data in use', 'kyr-widgets' ); ?></h2>
		<?php if ( '' !== $result['error'] ) : ?>
			<div class="notice notice-error inline"><p><?php echo esc_html( $result['error'] ); ?></p></div>
		<?php else : ?>
			<p>
				<?php
				echo esc_html(
					sprintf(
						/* translators: 1: where the data is, 2: the catalog format. */
						__( 'From %1$s (format %2$s).', 'kyr-widgets' ),
						'' === $data_src ? __( 'the data shipped with the plugin', 'kyr-widgets' ) : $data_src,
						isset( $result['catalog']['format'] ) ? (string) $result['catalog']['format'] : '?'
					)
				);
				?>
			</p>
			<table class="widefat striped" id="kyr-widgets-versions">
				<thead><tr><th scope="col"><?php esc_html_e( 'Place', 'kyr-widgets' ); ?></th><th scope="col"><?php esc_html_e( 'Version', 'kyr-widgets' ); ?></th><th scope="col"><?php esc_html_e( 'Status', 'kyr-widgets' ); ?></th><th scope="col"><?php esc_html_e( 'Last reviewed', 'kyr-widgets' ); ?></th></tr></thead>
				<tbody>
				<?php foreach ( $result['catalog']['jurisdictions'] as $place ) : ?>
					<tr>
						<td><?php echo esc_html( isset( $place['names']['en'] ) ? $place['names']['en'] : (string) $place['id'] ); ?> <code><?php echo esc_html( (string) $place['id'] ); ?></code></td>
						<td><?php echo esc_html( (string) ( isset( $place['version'] ) ? $place['version'] : '' ) ); ?></td>
						<td><?php echo esc_html( (string) ( isset( $place['status'] ) ? $place['status'] : '' ) ); ?></td>
						<td><?php echo esc_html( (string) ( isset( $place['lastReviewed'] ) ? $place['lastReviewed'] : '' ) ); ?></td>
					</tr>
				<?php endforeach; ?>
				</tbody>
			</table>
		<?php endif; ?>
	</div>
	<?php
}
