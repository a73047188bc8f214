// The checks n8n's verification scan runs on the published tarball: the
// built JavaScript and package.json, under n8n's community-node rules and
// no-console. By default it applies the rules for self-hosted n8n; with
// ONC_LINT_CLOUD=1 it applies n8n Cloud's stricter set, which the bundle does
// not meet yet (see "Known limits" in the README).
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import tseslint from 'typescript-eslint';

const rules = process.env.ONC_LINT_CLOUD
	? n8nCommunityNodesPlugin.configs.recommended
	: n8nCommunityNodesPlugin.configs.recommendedWithoutN8nCloudSupport;

export default tseslint.config(
	{ files: ['package.json'], languageOptions: { parser: tseslint.parser } },
	{ files: ['dist/**/*.js', 'package.json'], ...rules },
	{ files: ['dist/**/*.js'], rules: { 'no-console': 'error' } },
);
