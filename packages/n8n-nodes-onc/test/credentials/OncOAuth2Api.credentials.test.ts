// OncOAuth2Api: an authorization-code OAuth2 credential whose URLs follow its Base URL.
import { OncApi } from '../../credentials/OncApi.credentials';
import { OncOAuth2Api } from '../../credentials/OncOAuth2Api.credentials';

function field(props: { name: string; default?: unknown }[], name: string): unknown {
	return props.find((p) => p.name === name)?.default;
}

describe('OncOAuth2Api', () => {
	const credential = new OncOAuth2Api();

	it('extends oAuth2Api with the authorization code grant and HTTP Basic client auth', () => {
		expect(credential.name).toBe('oncOAuth2Api');
		expect(credential.extends).toEqual(['oAuth2Api']);
		expect(field(credential.properties, 'grantType')).toBe('authorizationCode');
		expect(field(credential.properties, 'authentication')).toBe('header');
	});

	it('derives the authorization and token URLs from the Base URL', () => {
		expect(field(credential.properties, 'authUrl')).toBe(
			'={{$self["baseUrl"].replace(/\\/+$/, "")}}/oauth/authorize',
		);
		expect(field(credential.properties, 'accessTokenUrl')).toBe(
			'={{$self["baseUrl"].replace(/\\/+$/, "")}}/oauth/token',
		);
		expect(field(credential.properties, 'baseUrl')).toBe('https://app.onlinenotarycenter.com');
	});
});

describe('OncApi', () => {
	it('sends the long-lived token as a bearer header', () => {
		const credential = new OncApi();

		expect(credential.name).toBe('oncApi');
		expect(credential.authenticate.properties.headers).toEqual({
			Authorization: '=Bearer {{$credentials.accessToken}}',
		});
		expect(credential.properties.map((p) => p.name)).toEqual(['baseUrl', 'accessToken']);
	});
});
