// The Azure Bot resource (Azure AI Bot Service) and its Microsoft Teams channel. Teams sends each message to the
// bot's endpoint, https://<app host>/api/messages, signed for the bot's Microsoft App ID.
//
// UserAssignedMSI: the app ID is the managed identity's client ID and no password exists anywhere.
// SingleTenant: the app ID belongs to an app registration in this tenant, whose client secret is kept in Key
// Vault as microsoft-app-password. (New multi-tenant bots cannot be created since 31 July 2025.)

@description('Name of the bot resource (unique in Azure).')
param name string

@description('Name people see for the bot in the Azure portal.')
param displayName string

@description('Tags for the resource.')
param tags object

@description('Messaging endpoint, https://<app host>/api/messages.')
param endpoint string

@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string

@description('Microsoft App ID: the managed identity\'s client ID, or the single-tenant app registration\'s client ID.')
param appId string

@description('The tenant that the app ID belongs to.')
param appTenantId string

@description('Resource ID of the user-assigned identity (UserAssignedMSI only).')
param identityId string

@description('F0 is free and enough for Teams (a standard channel); S1 is the paid tier.')
@allowed([
  'F0'
  'S1'
])
param sku string

var identityProperties = appType == 'UserAssignedMSI' ? { msaAppMSIResourceId: identityId } : {}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: union({
    displayName: displayName
    endpoint: endpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: appTenantId
  }, identityProperties)
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
output appId string = appId
